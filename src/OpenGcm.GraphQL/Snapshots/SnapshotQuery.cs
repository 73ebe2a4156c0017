using OpenGcm.GraphQL.Querying;

namespace OpenGcm.GraphQL.Snapshots;

/// A list's `where` and `order` compiled over one snapshot table: filters and sorts the whole table (a root list)
/// or a parent's children (a nested list). An order without values (any but a search's rank) uses the table's
/// index for that order, built once; the rest is computed per request.
internal sealed class SnapshotQuery<T>
    where T : class
{
    private readonly SnapshotTable<T> _table;
    private readonly Bound<T, bool>? _filter;
    private readonly SortIndex<T>? _index;
    private readonly Bound<T, object?>[] _keys;
    private readonly IComparer<object?>[] _comparers;
    private readonly bool[] _descending;

    private SnapshotQuery(SnapshotTable<T> table, QueryShape<T> shape)
    {
        _table = table;
        _filter = shape.Filter is null ? null : SnapshotExpressions.Predicate(shape.Filter, table.Snapshot);
        _keys = [.. shape.Sort.Select(s => SnapshotExpressions.Key<T>(s.Key, table.Snapshot))];
        _comparers = [.. shape.Sort.Select(s => SnapshotOrder.For(s.Key.ReturnType))];
        _descending = [.. shape.Sort.Select(s => s.Descending)];
        if (_keys.All(k => k.Values.Length == 0))
        {
            var name = string.Join(';', _keys.Select((k, i) => (_descending[i] ? "-" : "+") + k.Shape));
            _index = table.Index(name, () =>
            {
                var sorted = Sort(table.Rows);
                var ranks = new int[sorted.Length];
                for (var i = 0; i < sorted.Length; i++)
                {
                    ranks[table.Ordinal(sorted[i])] = i;
                }

                return new SortIndex<T>(sorted, ranks);
            });
        }
    }

    public static SnapshotQuery<T> From(SnapshotTable<T> table, QueryShape<T> shape) => new(table, shape);

    /// The whole table, filtered and sorted; the index's own array when there is no filter (never to be changed).
    public IReadOnlyList<T> All()
    {
        if (_index is not null)
        {
            return _filter is null ? _index.Sorted : Array.FindAll(_index.Sorted, _filter.Of);
        }

        return Sort(_filter is null ? _table.Rows : Array.FindAll(_table.Rows, _filter.Of));
    }

    /// Some rows of the table (a parent's children), filtered and sorted.
    public T[] Of(IEnumerable<T> rows)
    {
        var items = _filter is null ? rows.ToArray() : rows.Where(_filter.Of).ToArray();
        if (_index is null)
        {
            return Sort(items);
        }

        var ranks = new int[items.Length];
        for (var i = 0; i < items.Length; i++)
        {
            ranks[i] = _index.Rank(_table.Ordinal(items[i]));
        }

        Array.Sort(ranks, items);
        return items;
    }

    /// Sorted by the keys, the unique key last (so the order is total and no two rows compare equal).
    private T[] Sort(T[] rows)
    {
        var values = _keys.Select(k => Array.ConvertAll(rows, k.Of)).ToArray();
        var order = new int[rows.Length];
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }

        Array.Sort(order, (a, b) =>
        {
            for (var k = 0; k < values.Length; k++)
            {
                var compared = _comparers[k].Compare(values[k][a], values[k][b]);
                if (compared != 0)
                {
                    return _descending[k] ? -compared : compared;
                }
            }

            return 0;
        });
        return Array.ConvertAll(order, i => rows[i]);
    }
}
