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
        if (refine is null)
        {
            var plan = plans.Get(context, table, () => new SnapshotPlan<T>(Compile(table, Shape(context, list)), PageRequest.From(context, paging)));
            return plan.Query is null ? null : SnapshotPaging.Root(plan.Query.All(), plan.Page!);
        }

        var query = Compile(table, await refine(context, Shape(context, list)).ConfigureAwait(false));
        return query is null ? null : SnapshotPaging.Root(query.All(), PageRequest.From(context, paging));
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
            return new SnapshotPlan<T>(Compile(table, Shape(context, list)), page);
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
        var plan = plans.Get(context, table, () => new SnapshotPlan<T>(Compile(table, Shape(context, list)), null));
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

/// A list field's compiled query (null: SQL answers) and page.
internal sealed record SnapshotPlan<T>(SnapshotQuery<T>? Query, PageRequest? Page)
    where T : class;
