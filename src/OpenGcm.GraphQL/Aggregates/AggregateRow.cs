namespace OpenGcm.GraphQL.Aggregates;

/// One row of SQL aggregates as EF Core materialises it: the group key, the count and, for measure
/// number i, Sum{i} Min{i} Max{i} Avg{i}. Fixed slots because EF Core cannot bind arrays; a list
/// declares at most MaxMeasures measures.
public sealed class AggregateRow<TKey>
{
    public const int MaxMeasures = 10;

    public TKey Key { get; init; } = default!;

    public int Count { get; init; }

    public long? Sum0 { get; init; }

    public int? Min0 { get; init; }

    public int? Max0 { get; init; }

    public double? Avg0 { get; init; }

    public long? Sum1 { get; init; }

    public int? Min1 { get; init; }

    public int? Max1 { get; init; }

    public double? Avg1 { get; init; }

    public long? Sum2 { get; init; }

    public int? Min2 { get; init; }

    public int? Max2 { get; init; }

    public double? Avg2 { get; init; }

    public long? Sum3 { get; init; }

    public int? Min3 { get; init; }

    public int? Max3 { get; init; }

    public double? Avg3 { get; init; }

    public long? Sum4 { get; init; }

    public int? Min4 { get; init; }

    public int? Max4 { get; init; }

    public double? Avg4 { get; init; }

    public long? Sum5 { get; init; }

    public int? Min5 { get; init; }

    public int? Max5 { get; init; }

    public double? Avg5 { get; init; }

    public long? Sum6 { get; init; }

    public int? Min6 { get; init; }

    public int? Max6 { get; init; }

    public double? Avg6 { get; init; }

    public long? Sum7 { get; init; }

    public int? Min7 { get; init; }

    public int? Max7 { get; init; }

    public double? Avg7 { get; init; }

    public long? Sum8 { get; init; }

    public int? Min8 { get; init; }

    public int? Max8 { get; init; }

    public double? Avg8 { get; init; }

    public long? Sum9 { get; init; }

    public int? Min9 { get; init; }

    public int? Max9 { get; init; }

    public double? Avg9 { get; init; }
}
