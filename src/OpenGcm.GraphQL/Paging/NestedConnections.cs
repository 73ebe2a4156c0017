using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using OpenGcm.GraphQL.Querying;

namespace OpenGcm.GraphQL.Paging;

/// Loads the children of many parents with one SQL statement: a projection per parent whose
/// nested query carries the filter, order and page (EF Core turns it into a windowed join).
public static class NestedConnections
{
    public static async Task<IReadOnlyDictionary<TKey, Connection<TChild>>> LoadPagesAsync<TContext, TParent, TKey, TChild>(
        IDbContextFactory<TContext> factory,
        Expression<Func<TParent, TKey>> parentKey,
        Expression<Func<TParent, IEnumerable<TChild>>> children,
        IReadOnlyCollection<TKey> keys,
        QueryShape<TChild> shape,
        PageRequest page,
        bool includeCount,
        CancellationToken cancellationToken)
        where TContext : DbContext
        where TParent : class
        where TKey : notnull
    {
        var window = NestedWindow.Of(page);
        var rows = await QueryAsync(factory, parentKey, children, keys, shape, window.Reverse, window.Skip, window.Take, includeCount || window.Reverse,
            cancellationToken).ConfigureAwait(false);
        var result = new Dictionary<TKey, Connection<TChild>>(rows.Count);
        foreach (var row in rows)
        {
            var items = row.Items;
            var (index, hasPrevious, hasNext) = window.Trim(items, row.Count);
            var key = row.Key;
            var known = includeCount || window.Reverse ? row.Count : (int?)null;
            result[key] = new Connection<TChild>(items, index, hasPrevious, hasNext, known, new NestedSource<TContext, TParent, TKey, TChild>(factory,
                parentKey, children, key, shape));
        }

        foreach (var key in keys)
        {
            result.TryAdd(key, new Connection<TChild>([], window.Start, false, false, 0, new NestedSource<TContext, TParent, TKey, TChild>(factory, parentKey,
                children, key, shape)));
        }

        return result;
    }

    /// A short nested list: filtered and ordered in SQL, not paged.
    public static async Task<IReadOnlyDictionary<TKey, IReadOnlyList<TChild>>> LoadListsAsync<TContext, TParent, TKey, TChild>(
        IDbContextFactory<TContext> factory,
        Expression<Func<TParent, TKey>> parentKey,
        Expression<Func<TParent, IEnumerable<TChild>>> children,
        IReadOnlyCollection<TKey> keys,
        QueryShape<TChild> shape,
        CancellationToken cancellationToken)
        where TContext : DbContext
        where TParent : class
        where TKey : notnull
    {
        var rows = await QueryAsync(factory, parentKey, children, keys, shape, false, 0, null, false, cancellationToken).ConfigureAwait(false);
        var result = rows.ToDictionary(r => r.Key, r => (IReadOnlyList<TChild>)r.Items);
        foreach (var key in keys)
        {
            result.TryAdd(key, []);
        }

        return result;
    }

    private static async Task<List<NestedPage<TKey, TChild>>> QueryAsync<TContext, TParent, TKey, TChild>(
        IDbContextFactory<TContext> factory,
        Expression<Func<TParent, TKey>> parentKey,
        Expression<Func<TParent, IEnumerable<TChild>>> children,
        IReadOnlyCollection<TKey> keys,
        QueryShape<TChild> shape,
        bool reverse,
        int skip,
        int? take,
        bool includeCount,
        CancellationToken cancellationToken)
        where TContext : DbContext
        where TParent : class
        where TKey : notnull
    {
        var parent = Expression.Parameter(typeof(TParent), "parent");
        var keyBody = ParameterReplacer.Replace(parentKey, parent);
        var childrenQuery = Expression.Call(typeof(Queryable), nameof(Queryable.AsQueryable), [typeof(TChild)], ParameterReplacer.Replace(children, parent));

        // Shape an IQueryable whose root is a placeholder, then put the parent's children in its place.
        var placeholder = Expression.Parameter(typeof(IQueryable<TChild>), "children");
        var seed = new EnumerableQuery<TChild>(placeholder);
        var filtered = shape.ApplyFilter(seed);
        var paged = shape.ApplySort(filtered, reverse);
        if (take is int t)
        {
            paged = RootConnection.Slice(paged, skip, t);
        }

        paged = shape.ApplyProjection(paged);

        var items = Expression.Call(typeof(Enumerable), nameof(Enumerable.ToList), [typeof(TChild)], ParameterReplacer.Replace(paged.Expression,
            placeholder, childrenQuery));
        var bindings = new List<MemberBinding>
        {
            Expression.Bind(typeof(NestedPage<TKey, TChild>).GetProperty(nameof(NestedPage<TKey, TChild>.Key))!, keyBody),
            Expression.Bind(typeof(NestedPage<TKey, TChild>).GetProperty(nameof(NestedPage<TKey, TChild>.Items))!, items),
        };
        if (includeCount)
        {
            var count = Expression.Call(typeof(Queryable), nameof(Queryable.Count), [typeof(TChild)], ParameterReplacer.Replace(filtered.Expression,
                placeholder, childrenQuery));
            bindings.Add(Expression.Bind(typeof(NestedPage<TKey, TChild>).GetProperty(nameof(NestedPage<TKey, TChild>.Count))!, count));
        }

        var projection = Expression.Lambda<Func<TParent, NestedPage<TKey, TChild>>>(
            Expression.MemberInit(Expression.New(typeof(NestedPage<TKey, TChild>)), bindings), parent);
        var contains = Expression.Lambda<Func<TParent, bool>>(
            Expression.Call(typeof(Enumerable), nameof(Enumerable.Contains), [typeof(TKey)], Expression.Constant(keys.ToArray()), keyBody), parent);

        await using var db = await factory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        return await db.Set<TParent>().AsNoTracking().Where(contains).Select(projection).ToListAsync(cancellationToken).ConfigureAwait(false);
    }
}
