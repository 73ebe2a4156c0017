using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using OpenGcm.GraphQL.Aggregates;
using OpenGcm.GraphQL.Querying;

namespace OpenGcm.GraphQL.Paging;

/// A root list: the entity set with the shape's filter.
internal sealed class RootSource<TContext, T>(IDbContextFactory<TContext> factory, Func<TContext, IQueryable<T>> source,
    QueryShape<T> shape, PreparedScope? prepared = null) : IFilteredSource<T>, IPreparedSource
    where TContext : DbContext
{
    /// Where its aggregates may run as prepared statements (a document without variables, the faster engine), else null.
    public PreparedScope? Prepared => prepared;

    public async Task<TResult> RunAsync<TResult>(Func<IQueryable<T>, CancellationToken, Task<TResult>> query, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        return await query(shape.ApplyFilter(source(db)), cancellationToken).ConfigureAwait(false);
    }
}

/// One parent's children with the shape's filter: `parents WHERE key = k SELECT MANY children`.
internal sealed class NestedSource<TContext, TParent, TKey, TChild>(
    IDbContextFactory<TContext> factory,
    Expression<Func<TParent, TKey>> parentKey,
    Expression<Func<TParent, IEnumerable<TChild>>> children,
    TKey key,
    QueryShape<TChild> shape) : IFilteredSource<TChild>
    where TContext : DbContext
    where TParent : class
{
    public async Task<TResult> RunAsync<TResult>(Func<IQueryable<TChild>, CancellationToken, Task<TResult>> query, CancellationToken cancellationToken)
    {
        var parent = parentKey.Parameters[0];
        var isParent = Expression.Lambda<Func<TParent, bool>>(Expression.Equal(parentKey.Body, Expression.Constant(key, typeof(TKey))), parent);
        await using var db = await factory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var items = db.Set<TParent>().AsNoTracking().Where(isParent).SelectMany(children);
        return await query(shape.ApplyFilter(items), cancellationToken).ConfigureAwait(false);
    }
}
