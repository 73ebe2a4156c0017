using System.Data.Common;

namespace OpenGcm.GraphQL.Aggregates;

/// Where a prepared statement's columns are, found by the names EF Core gives them (the row's member names: Key, or
/// First and Second, Count, Sum0, Min0, ...), and how a row is read: the values EF Core's materialiser would read.
internal sealed class AggregateColumns
{
    private readonly int[] _keys;
    private readonly int _count;
    private readonly int[] _sum;
    private readonly int[] _min;
    private readonly int[] _max;
    private readonly int[] _avg;

    private AggregateColumns(int[] keys, int count, int[] sum, int[] min, int[] max, int[] avg)
        => (_keys, _count, _sum, _min, _max, _avg) = (keys, count, sum, min, max, avg);

    /// Throws InvalidOperationException when a key column is missing.
    public static AggregateColumns Of(DbDataReader reader, int keyCount, int measures)
    {
        var names = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < reader.FieldCount; i++)
        {
            names.TryAdd(reader.GetName(i), i);
        }

        int At(string name) => names.TryGetValue(name, out var i) ? i : -1;
        int Key(string name) => At(name) is >= 0 and var i ? i : throw new InvalidOperationException($"No column {name} in the statement.");
        int[] Slots(string kind) => [.. Enumerable.Range(0, measures).Select(m => At($"{kind}{m}"))];
        int[] keys = keyCount switch
        {
            0 => [],
            1 => [Key("Key")],
            _ => [Key("First"), Key("Second")],
        };
        return new AggregateColumns(keys, At("Count"), Slots("Sum"), Slots("Min"), Slots("Max"), Slots("Avg"));
    }

    public AggregateRow Read(DbDataReader reader, Type[] keyTypes)
    {
        object? key = _keys.Length switch
        {
            0 => 1,
            1 => Key(reader, _keys[0], keyTypes[0]),
            _ => new GroupKey<object?, object?>(Key(reader, _keys[0], keyTypes[0]), Key(reader, _keys[1], keyTypes[1])),
        };
        var row = new PreparedRow(key, _sum.Length) { Count = _count < 0 ? 0 : reader.GetInt32(_count) };
        for (var i = 0; i < _sum.Length; i++)
        {
            row.Sums[i] = _sum[i] < 0 || reader.IsDBNull(_sum[i]) ? null : reader.GetInt64(_sum[i]);
            row.Mins[i] = _min[i] < 0 || reader.IsDBNull(_min[i]) ? null : reader.GetInt32(_min[i]);
            row.Maxs[i] = _max[i] < 0 || reader.IsDBNull(_max[i]) ? null : reader.GetInt32(_max[i]);
            row.Avgs[i] = _avg[i] < 0 || reader.IsDBNull(_avg[i]) ? null : reader.GetDouble(_avg[i]);
        }

        return row;
    }

    /// A key as EF Core materialises it: strings, ints and longs (the types PreparedAggregates accepts).
    private static object? Key(DbDataReader reader, int column, Type type)
        => reader.IsDBNull(column) ? null
            : type == typeof(string) ? reader.GetString(column)
            : type == typeof(int) || type == typeof(int?) ? reader.GetInt32(column)
            : reader.GetInt64(column);

    /// A row read from a prepared statement.
    private sealed class PreparedRow(object? key, int measures) : AggregateRow
    {
        public long?[] Sums { get; } = new long?[measures];

        public int?[] Mins { get; } = new int?[measures];

        public int?[] Maxs { get; } = new int?[measures];

        public double?[] Avgs { get; } = new double?[measures];

        public override object? KeyValue => key;

        public override long? SumAt(int i) => Sums[i];

        public override int? MinAt(int i) => Mins[i];

        public override int? MaxAt(int i) => Maxs[i];

        public override double? AvgAt(int i) => Avgs[i];
    }
}
