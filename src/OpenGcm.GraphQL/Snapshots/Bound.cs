namespace OpenGcm.GraphQL.Snapshots;

/// A compiled delegate with the values of one query: `Function(row, Values)`. `Shape` names the delegate (values left out).
internal sealed record Bound<T, TResult>(string Shape, Func<T, object?[], TResult> Function, object?[] Values)
{
    public TResult Of(T row) => Function(row, Values);
}
