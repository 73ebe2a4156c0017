namespace OpenGcm.GraphQL.Aggregates;

/// The aggregates of one group (or of the whole list, with no keys), keyed by measure name.
public sealed record AggregateResult(
    IReadOnlyList<string?> Keys,
    int Count,
    IReadOnlyDictionary<string, long?> Sum,
    IReadOnlyDictionary<string, double?> Avg,
    IReadOnlyDictionary<string, int?> Min,
    IReadOnlyDictionary<string, int?> Max);
