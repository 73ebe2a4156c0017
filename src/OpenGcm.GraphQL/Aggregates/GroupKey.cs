namespace OpenGcm.GraphQL.Aggregates;

/// A two-part SQL GROUP BY key (EF Core translates a constructor call with members like an anonymous type).
public sealed class GroupKey<TFirst, TSecond>(TFirst first, TSecond second) : IGroupKey
{
    public TFirst First { get; } = first;

    public TSecond Second { get; } = second;

    object? IGroupKey.FirstValue => First;

    object? IGroupKey.SecondValue => Second;
}

/// A two-part key's values, read without knowing its types.
public interface IGroupKey
{
    object? FirstValue { get; }

    object? SecondValue { get; }
}
