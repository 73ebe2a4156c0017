using System.Collections.Concurrent;
using OpenGcm.GraphQL.Querying;

namespace OpenGcm.GraphQL.Snapshots;

/// The rows of one entity type, with what is built from them once and kept: a dictionary per key and, per
/// sort shape without values, the sorted order (an index, as SQLite would use one).
public sealed class SnapshotTable<T>
    where T : class
{
    /// Sort orders kept per table; more distinct orders than this are sorted per request instead.
    private const int MaxIndexes = 256;

    private readonly Dictionary<T, int> _ordinals;
    private readonly ConcurrentDictionary<object, object> _byKey = new();
    private readonly ConcurrentDictionary<string, SortIndex<T>> _indexes = new(StringComparer.Ordinal);

    public SnapshotTable(IReadOnlyCollection<T> rows, DataSnapshot snapshot)
    {
        Snapshot = snapshot;
        Rows = [.. rows];
        _ordinals = new Dictionary<T, int>(Rows.Length, ReferenceEqualityComparer.Instance);
        for (var i = 0; i < Rows.Length; i++)
        {
            _ordinals.Add(Rows[i], i);
        }
    }

    public T[] Rows { get; }

    public DataSnapshot Snapshot { get; }

    /// The position of a row of this table in `Rows` (rows reached through navigations are the same objects).
    public int Ordinal(T row) => _ordinals[row];

    /// The rows by key, built on first use per key selector.
    public IReadOnlyDictionary<TKey, T> ByKey<TKey>(KeySelector<T, TKey> key)
        where TKey : notnull
        => (IReadOnlyDictionary<TKey, T>)_byKey.GetOrAdd(key, _ => Rows.ToDictionary(key.Of));

    /// The rows sorted by one shape of sort keys (named by `shape`), built on first use.
    internal SortIndex<T> Index(string shape, Func<SortIndex<T>> build)
        => _indexes.TryGetValue(shape, out var index) ? index
            : _indexes.Count >= MaxIndexes ? build() : _indexes.GetOrAdd(shape, _ => build());
}
