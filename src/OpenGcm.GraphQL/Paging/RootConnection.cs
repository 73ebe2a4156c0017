using GraphQL;
using Microsoft.EntityFrameworkCore;
using OpenGcm.GraphQL.Aggregates;
using OpenGcm.GraphQL.Querying;

namespace OpenGcm.GraphQL.Paging;

/// Pages a root list in SQL: WHERE and ORDER BY from the shape, then LIMIT/OFFSET.
public static class RootConnection
{
    public static async Task<Connection<T>> ResolveAsync<TContext, T>(
        IDbContextFactory<TContext> factory,
        Func<TContext, IQueryable<T>> source,
        QueryShape<T> shape,
        PageRequest page,
        CancellationToken cancellationToken,
        PreparedScope? prepared = null)
        where TContext : DbContext
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var filtered = shape.ApplyFilter(source(db));
        var ordered = shape.ApplySort(filtered);
        int? total = null;
        var start = page.Start;
        int skip;
        List<T> items;
        bool hasNext;

        if (page.Last is int last)
        {
            var end = page.Before ?? (total = await filtered.CountAsync(cancellationToken).ConfigureAwait(false)).Value;
            skip = Math.Max(start, end - last);
            var take = Math.Max(0, end - skip);
            items = take == 0 ? [] : await Page(shape, ordered, skip, take).ToListAsync(cancellationToken).ConfigureAwait(false);
            hasNext = page.Before is not null;
        }
        else
        {
            var first = page.First ?? 0;
            skip = start;
            var limit = page.Before is int before ? Math.Min(first, Math.Max(0, before - start)) : first;
            items = await Page(shape, ordered, skip, limit + 1).ToListAsync(cancellationToken).ConfigureAwait(false);
            hasNext = items.Count > limit;
            if (hasNext)
            {
                items.RemoveAt(items.Count - 1);
            }
        }

        return new Connection<T>(items, skip, skip > 0, hasNext, total, new RootSource<TContext, T>(factory, source, shape, prepared));
    }

    /// Whether the query reads the page itself; `totalCount`, `groupBy` and the aggregates read only the filtered list.
    public static bool ReadsPage(IResolveFieldContext context)
        => context.Selects("nodes") || context.Selects("edges") || context.Selects("pageInfo");

    /// A connection whose page nobody reads: no statement for it; the rest runs on demand over the filtered list.
    public static Connection<T> WithoutPage<TContext, T>(
        IDbContextFactory<TContext> factory, Func<TContext, IQueryable<T>> source, QueryShape<T> shape, PreparedScope? prepared = null)
        where TContext : DbContext
        => new([], 0, false, false, null, new RootSource<TContext, T>(factory, source, shape, prepared));

    internal static IQueryable<T> Slice<T>(IQueryable<T> ordered, int skip, int take)
        => skip > 0 ? ordered.Skip(skip).Take(take) : ordered.Take(take);

    private static IQueryable<T> Page<T>(QueryShape<T> shape, IQueryable<T> ordered, int skip, int take)
        => shape.ApplyProjection(Slice(ordered, skip, take));
}
