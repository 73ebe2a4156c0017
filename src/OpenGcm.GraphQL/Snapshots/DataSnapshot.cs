using System.Reflection;

namespace OpenGcm.GraphQL.Snapshots;

/// An immutable copy of the small read-only tables, read once after start-up: the list fields over these
/// types answer from it instead of SQL (ListFields). The rows are the objects EF Core loaded, with their
/// navigations wired, and are never changed.
public sealed class DataSnapshot
{
    private readonly Dictionary<Type, object> _tables = [];
    private readonly HashSet<MemberInfo> _notLoaded = [];

    /// Adds the rows of one entity type (one table).
    public DataSnapshot Add<T>(IReadOnlyCollection<T> rows)
        where T : class
    {
        _tables.Add(typeof(T), new SnapshotTable<T>(rows, this));
        return this;
    }

    /// Navigations left empty because their table is not in the snapshot (`State.MigrantStock`): a `where` or
    /// `order` that reads one is answered by SQL.
    public DataSnapshot NotLoaded(IEnumerable<MemberInfo> navigations)
    {
        _notLoaded.UnionWith(navigations);
        return this;
    }

    public bool IsLoaded(MemberInfo member) => !_notLoaded.Contains(member);

    /// The table of T, or null when T is not in the snapshot (it stays in SQL).
    public SnapshotTable<T>? Table<T>()
        where T : class
        => _tables.TryGetValue(typeof(T), out var table) ? (SnapshotTable<T>)table : null;

    public IEnumerable<Type> Types => _tables.Keys;
}
