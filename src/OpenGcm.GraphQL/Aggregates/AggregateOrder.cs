namespace OpenGcm.GraphQL.Aggregates;

/// One entry of `orderBy` for grouped aggregates: what to compare and in which direction, and which
/// aggregate (`count`, or a kind and measure) SQL must compute for it; both null for the keys.
public sealed record AggregateOrder(Func<AggregateResult, IComparable?> Value, bool Descending, string? Kind = null, string? Measure = null);
