namespace OpenGcm.GraphQL.Aggregates;

/// One row of SQL aggregates: the group key, the count and, for measure number i, its sum, least, greatest and mean
/// value, read by SumAt(i) and the like without reflection. EF Core materialises AggregateRow2/AggregateRow10 (fixed
/// slots Sum{i} Min{i} Max{i} Avg{i}, because EF Core cannot bind arrays; a list declares at most MaxMeasures measures,
/// and a list of one or two uses the small row: for (e)'s 230 groups, about a quarter of the bytes of the ten-measure
/// row); a prepared statement's reader fills a PreparedRow.
public abstract class AggregateRow
{
    public const int MaxMeasures = 10;

    public int Count { get; init; }

    /// The group key: one value, an IGroupKey of two, or the constant of a statement without keys.
    public abstract object? KeyValue { get; }

    public abstract long? SumAt(int i);

    public abstract int? MinAt(int i);

    public abstract int? MaxAt(int i);

    public abstract double? AvgAt(int i);
}

/// A row with its key typed, as EF Core binds it.
public abstract class AggregateRow<TKey> : AggregateRow
{
    public TKey Key { get; init; } = default!;

    public override object? KeyValue => Key;
}

/// Slots for one or two measures.
public sealed class AggregateRow2<TKey> : AggregateRow<TKey>
{
    public long? Sum0 { get; init; }

    public int? Min0 { get; init; }

    public int? Max0 { get; init; }

    public double? Avg0 { get; init; }

    public long? Sum1 { get; init; }

    public int? Min1 { get; init; }

    public int? Max1 { get; init; }

    public double? Avg1 { get; init; }

    public override long? SumAt(int i) => i switch
    {
        0 => Sum0,
        1 => Sum1,
        _ => throw new ArgumentOutOfRangeException(nameof(i)),
    };

    public override int? MinAt(int i) => i switch
    {
        0 => Min0,
        1 => Min1,
        _ => throw new ArgumentOutOfRangeException(nameof(i)),
    };

    public override int? MaxAt(int i) => i switch
    {
        0 => Max0,
        1 => Max1,
        _ => throw new ArgumentOutOfRangeException(nameof(i)),
    };

    public override double? AvgAt(int i) => i switch
    {
        0 => Avg0,
        1 => Avg1,
        _ => throw new ArgumentOutOfRangeException(nameof(i)),
    };
}

/// Slots for up to ten measures.
public sealed class AggregateRow10<TKey> : AggregateRow<TKey>
{
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

    public override long? SumAt(int i) => i switch
    {
        0 => Sum0,
        1 => Sum1,
        2 => Sum2,
        3 => Sum3,
        4 => Sum4,
        5 => Sum5,
        6 => Sum6,
        7 => Sum7,
        8 => Sum8,
        9 => Sum9,
        _ => throw new ArgumentOutOfRangeException(nameof(i)),
    };

    public override int? MinAt(int i) => i switch
    {
        0 => Min0,
        1 => Min1,
        2 => Min2,
        3 => Min3,
        4 => Min4,
        5 => Min5,
        6 => Min6,
        7 => Min7,
        8 => Min8,
        9 => Min9,
        _ => throw new ArgumentOutOfRangeException(nameof(i)),
    };

    public override int? MaxAt(int i) => i switch
    {
        0 => Max0,
        1 => Max1,
        2 => Max2,
        3 => Max3,
        4 => Max4,
        5 => Max5,
        6 => Max6,
        7 => Max7,
        8 => Max8,
        9 => Max9,
        _ => throw new ArgumentOutOfRangeException(nameof(i)),
    };

    public override double? AvgAt(int i) => i switch
    {
        0 => Avg0,
        1 => Avg1,
        2 => Avg2,
        3 => Avg3,
        4 => Avg4,
        5 => Avg5,
        6 => Avg6,
        7 => Avg7,
        8 => Avg8,
        9 => Avg9,
        _ => throw new ArgumentOutOfRangeException(nameof(i)),
    };
}
