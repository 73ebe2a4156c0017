using System.Collections.Concurrent;
using System.Linq.Expressions;
using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;
using GraphQL.Validation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using OpenGcm.GraphQL.Aggregates;
using OpenGcm.GraphQL.Batching;
using OpenGcm.GraphQL.Filtering;
using OpenGcm.GraphQL.Paging;
using OpenGcm.GraphQL.Querying;
using OpenGcm.GraphQL.Snapshots;

namespace OpenGcm.GraphQL.Lists;

/// The list fields of a schema, each one call: a root connection, a nested connection, a nested
/// plain list, a reference by key. Holds what they share (the DbContext factory, the paging options,
/// the input types, one connection type per list); one instance per schema. Each answers from the
/// in-memory snapshot when it holds the types involved (Snapshots/), else with EF Core and SQL, the reference; the
/// aggregates of a root list in a document without variables run as prepared statements (Aggregates/PreparedAggregates).
public sealed class ListFields<TContext>(IDbContextFactory<TContext> factory, IOptions<PagingOptions> paging, QueryInputTypes types,
    DataSnapshots snapshots) : IDisposable
    where TContext : DbContext
{
    private readonly ConcurrentDictionary<string, IGraphType> _connections = new(StringComparer.Ordinal);
    private readonly PreparedAggregates _prepared = new();

    public IDbContextFactory<TContext> Factory => factory;

    /// The snapshot, once published (null before, and when it is switched off).
    public DataSnapshot? Snapshot => snapshots.Current;

    /// A root list: where, order and paging in SQL, reading only the selected columns.
    public FieldBuilder<object?, object> Connection<T, TKey>(
        ObjectGraphType query,
        string name,
        ListDefinition<T, TKey> list,
        Func<TContext, IQueryable<T>> source,
        string description,
        Func<IResolveFieldContext, QueryShape<T>, Task<QueryShape<T>>>? refine = null)
        where T : class
        where TKey : notnull
    {
        var plans = new SnapshotPlans<SnapshotPlan<T>>();
        var wholeSet = new Lazy<bool>(() => SnapshotSets.IsWholeSet(factory, source));
        return query.Field(name, ConnectionOf(list))
            .Description(description)
            .Arguments(QueryShapes.Arguments(types, list.Filter, list.Sort))
            .Arguments(PagingArguments.Create(paging.Value))
            .ResolveAsync(async c =>
            {
                if (snapshots.Current?.Table<T>() is { } table && wholeSet.Value
                    && await SnapshotLists.ConnectionAsync(c, table, list, plans, paging.Value, refine).ConfigureAwait(false) is { } answer)
                {
                    return answer;
                }

                var shape = Shape(c, list, Selections.OfConnectionItems(c));
                if (refine is not null)
                {
                    shape = await refine(c, shape).ConfigureAwait(false);
                }

                var page = PageRequest.From(c, paging.Value);
                var prepared = Prepared(c);
                return RootConnection.ReadsPage(c)
                    ? await RootConnection.ResolveAsync(factory, source, shape, page, c.CancellationToken, prepared).ConfigureAwait(false)
                    : RootConnection.WithoutPage(factory, source, shape, prepared);
            });
    }

    /// A long list under each parent: paged, one SQL statement for all parents of a level.
    public void NestedConnection<TParent, TParentKey, T, TKey>(
        ObjectGraphType<TParent> type,
        string name,
        ListDefinition<TParent, TParentKey> parent,
        Expression<Func<TParent, IEnumerable<T>>> children,
        ListDefinition<T, TKey> list,
        string description)
        where TParent : class
        where TParentKey : notnull
        where T : class
        where TKey : notnull
    {
        var plans = new SnapshotPlans<SnapshotPlan<T>>();
        var childrenOf = children.Compile();
        type.Field(name, new NonNullGraphType(ConnectionOf(list)))
            .Description(description)
            .Arguments(QueryShapes.Arguments(types, list.Filter, list.Sort))
            .Arguments(PagingArguments.Create(paging.Value))
            .Reads(Columns.Of(parent.Key.Expression))
            .Resolve(c =>
            {
                if (snapshots.Current is { } snapshot && snapshot.Table<TParent>() is { } parents && snapshot.Table<T>() is { } table
                    && SnapshotLists.NestedConnection(c, parents, parent, parent.Key.Of(c.Source), childrenOf, table, list, plans, paging.Value) is { } answer)
                {
                    return answer;
                }

                var page = PageRequest.From(c, paging.Value);
                var shape = Shape(c, list, Selections.OfConnectionItems(c));
                var count = c.Selects("totalCount");
                return Loaders(c).Load<TParentKey, Connection<T>>(c, parent.Key.Of(c.Source),
                    (keys, ct) => NestedConnections.LoadPagesAsync(factory, parent.Key.Expression, children, keys, shape, page, count, ct),
                    null!);
            });
    }

    /// A short list under each parent: filtered and ordered in SQL, not paged; one statement per level.
    public void NestedList<TParent, TParentKey, T, TKey>(
        ObjectGraphType<TParent> type,
        string name,
        ListDefinition<TParent, TParentKey> parent,
        Expression<Func<TParent, IEnumerable<T>>> children,
        ListDefinition<T, TKey> list,
        string description)
        where TParent : class
        where TParentKey : notnull
        where T : class
        where TKey : notnull
    {
        var plans = new SnapshotPlans<SnapshotPlan<T>>();
        var childrenOf = children.Compile();
        type.Field(name, typeof(NonNullGraphType<ListGraphType<NonNullGraphType<GraphQLClrOutputTypeReference<T>>>>))
            .Description(description)
            .Arguments(QueryShapes.Arguments(types, list.Filter, list.Sort))
            .Reads(Columns.Of(parent.Key.Expression))
            .Resolve(c =>
            {
                if (snapshots.Current is { } snapshot && snapshot.Table<TParent>() is { } parents && snapshot.Table<T>() is { } table
                    && SnapshotLists.NestedList(c, parents, parent, parent.Key.Of(c.Source), childrenOf, table, list, plans) is { } answer)
                {
                    return answer;
                }

                var shape = Shape(c, list, Selections.OfListItems(c));
                return Loaders(c).Load<TParentKey, IReadOnlyList<T>>(c, parent.Key.Of(c.Source),
                    (keys, ct) => NestedConnections.LoadListsAsync(factory, parent.Key.Expression, children, keys, shape, ct),
                    []);
            });
    }

    /// A related object by its key (`Report.state`): one `WHERE key IN (...)` per level; null without a key.
    public void Reference<TParent, T, TKey>(
        ObjectGraphType<TParent> type,
        string name,
        Expression<Func<TParent, TKey?>> key,
        ListDefinition<T, TKey> list,
        string description,
        bool nullable = true)
        where T : class
        where TKey : notnull
    {
        var keyOf = key.Compile();
        type.Field(name, nullable ? typeof(GraphQLClrOutputTypeReference<T>) : typeof(NonNullGraphType<GraphQLClrOutputTypeReference<T>>))
            .Description(description)
            .Reads(Columns.Of(key))
            .Resolve(c => keyOf(c.Source) is not { } value ? null
                : snapshots.Current?.Table<T>() is { } table ? table.ByKey(list.Key).GetValueOrDefault(value)
                : Loaders(c).Load<TKey, T?>(c, value, (keys, ct) => KeyedLoads.LoadByKeysAsync(factory, list.Key, keys, ct), null));
    }

    /// Rows of `list` by key, from the snapshot or with one `WHERE key IN (...)`.
    public async Task<IReadOnlyDictionary<TKey, T?>> LoadByKeysAsync<T, TKey>(ListDefinition<T, TKey> list, IReadOnlyCollection<TKey> keys,
        CancellationToken cancellationToken)
        where T : class
        where TKey : notnull
    {
        if (snapshots.Current?.Table<T>() is { } table)
        {
            var rows = table.ByKey(list.Key);
            return keys.Where(rows.ContainsKey).ToDictionary(k => k, k => (T?)rows[k]);
        }

        return await KeyedLoads.LoadByKeysAsync(factory, list.Key, keys, cancellationToken).ConfigureAwait(false);
    }

    /// The row of `list` with this key from the snapshot: true (row or null) when the snapshot holds T, false when SQL must answer.
    public bool TryFind<T, TKey>(ListDefinition<T, TKey> list, TKey key, out T? row)
        where T : class
        where TKey : notnull
    {
        row = null;
        if (snapshots.Current?.Table<T>() is not { } table)
        {
            return false;
        }

        row = table.ByKey(list.Key).GetValueOrDefault(key);
        return true;
    }

    /// The connection type of a list, one instance per list name.
    public IGraphType ConnectionOf<T, TKey>(ListDefinition<T, TKey> list)
        where T : class
        where TKey : notnull
        => _connections.GetOrAdd(list.ListName, _ => new ConnectionType<T>(list.ListName, list.Groups, list.Measures));

    public void Dispose() => _prepared.Dispose();

    /// Prepared statements belong to the faster engine (on once the snapshot is published; the reference is EF Core for
    /// everything) and to documents without variables, whose statements are the same on every request.
    private PreparedScope? Prepared(IResolveFieldContext context)
        => snapshots.Current is not null && (context.Variables is not { } variables || ReferenceEquals(variables, Variables.None) || !variables.Any())
            ? new PreparedScope(_prepared, context.FieldAst)
            : null;

    /// The request's batch loaders, asked for only on the SQL path: resolving a scoped service takes the scope's lock,
    /// which dozens of parents resolving at once contend for (the profile of a nested list from the snapshot).
    private static BatchLoaderContext Loaders(IResolveFieldContext context) => context.RequestServices!.GetRequiredService<BatchLoaderContext>();

    private static QueryShape<T> Shape<T, TKey>(IResolveFieldContext context, ListDefinition<T, TKey> list, IReadOnlyCollection<string> selected)
        where T : class
        where TKey : notnull
    {
        var itemType = (IComplexGraphType)context.Schema.AllTypes[list.TypeName]!;
        return QueryShapes.From(context, list.Filter, list.Sort, list.Default, Columns.Projection(itemType, list.Key, selected));
    }
}
