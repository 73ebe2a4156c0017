using GraphQL;
using OpenGcm.GraphQL.Lists;
using OpenGcm.GraphQL.Paging;
using OpenGcm.GraphQL.Querying;

namespace OpenGcm.GraphQL.Snapshots;

/// The answers of ListFields from the snapshot: the QueryShape and PageRequest the SQL path builds (from the same
/// ListDefinition, in the same order, so the same argument errors), applied to the snapshot's rows. Null means
/// "not from the snapshot" (a shape SnapshotExpressions does not translate): the caller asks SQL.
internal static class SnapshotLists
{
    public static async Task<Connection<T>?> ConnectionAsync<T, TKey>(
        IResolveFieldContext context,
        SnapshotTable<T> table,
        ListDefinition<T, TKey> list,
        SnapshotPlans<SnapshotPlan<T>> plans,
        PagingOptions paging,
        Func<IResolveFieldContext, QueryShape<T>, Task<QueryShape<T>>>? refine)
        where T : class
        where TKey : notnull
    {
        var plan = plans.Get(context, table, () =>
        {
            var shape = Shape(context, list);
            return new SnapshotPlan<T>(shape, Compile(table, shape));
        });

        // A refined shape (a search) is compiled per request; the refinement runs before the page is read, as in SQL.
        var refined = refine is null ? plan.Shape : await refine(context, plan.Shape).ConfigureAwait(false);
        var query = ReferenceEquals(refined, plan.Shape) ? plan.Query : Compile(table, refined);
        return query is null ? null : SnapshotPaging.Root(query.All(), plan.Page ??= PageRequest.From(context, paging));
    }

    public static Connection<T>? NestedConnection<TParent, TParentKey, T, TKey>(
        IResolveFieldContext context,
        SnapshotTable<TParent> parents,
        ListDefinition<TParent, TParentKey> parent,
        TParentKey parentKey,
        Func<TParent, IEnumerable<T>> children,
        SnapshotTable<T> table,
        ListDefinition<T, TKey> list,
        SnapshotPlans<SnapshotPlan<T>> plans,
        PagingOptions paging)
        where TParent : class
        where TParentKey : notnull
        where T : class
        where TKey : notnull
    {
        var plan = plans.Get(context, table, () =>
        {
            var page = PageRequest.From(context, paging);
            var shape = Shape(context, list);
            return new SnapshotPlan<T>(shape, Compile(table, shape)) { Page = page };
        });
        if (plan.Query is null)
        {
            return null;
        }

        var row = parents.ByKey(parent.Key).GetValueOrDefault(parentKey);
        return SnapshotPaging.Nested(row is null ? null : plan.Query.Of(children(row)), plan.Page!);
    }

    public static IReadOnlyList<T>? NestedList<TParent, TParentKey, T, TKey>(
        IResolveFieldContext context,
        SnapshotTable<TParent> parents,
        ListDefinition<TParent, TParentKey> parent,
        TParentKey parentKey,
        Func<TParent, IEnumerable<T>> children,
        SnapshotTable<T> table,
        ListDefinition<T, TKey> list,
        SnapshotPlans<SnapshotPlan<T>> plans)
        where TParent : class
        where TParentKey : notnull
        where T : class
        where TKey : notnull
    {
        var plan = plans.Get(context, table, () =>
        {
            var shape = Shape(context, list);
            return new SnapshotPlan<T>(shape, Compile(table, shape));
        });
        if (plan.Query is null)
        {
            return null;
        }

        var row = parents.ByKey(parent.Key).GetValueOrDefault(parentKey);
        return row is null ? [] : plan.Query.Of(children(row));
    }

    private static QueryShape<T> Shape<T, TKey>(IResolveFieldContext context, ListDefinition<T, TKey> list)
        where T : class
        where TKey : notnull
        => QueryShapes.From(context, list.Filter, list.Sort, list.Default);

    private static SnapshotQuery<T>? Compile<T>(SnapshotTable<T> table, QueryShape<T> shape)
        where T : class
    {
        try
        {
            return SnapshotQuery<T>.From(table, shape);
        }
        catch (NotSupportedException)
        {
            return null;
        }
    }
}

/// A list field's shape, its compiled query (null: SQL answers) and page (read once it is valid).
internal sealed class SnapshotPlan<T>(QueryShape<T> shape, SnapshotQuery<T>? query)
    where T : class
{
    public QueryShape<T> Shape => shape;

    public SnapshotQuery<T>? Query => query;

    public PageRequest? Page { get; set; }
}
