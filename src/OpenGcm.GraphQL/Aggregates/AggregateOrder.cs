namespace OpenGcm.GraphQL.Aggregates;

/// One entry of `orderBy` for grouped aggregates: what to compare and in which direction.
public sealed record AggregateOrder(Func<AggregateResult, IComparable?> Value, bool Descending);
