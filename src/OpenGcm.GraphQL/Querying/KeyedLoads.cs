using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;

namespace OpenGcm.GraphQL.Querying;

/// Loads many entities by key with one `WHERE key IN (...)` (for references such as Report.state).
public static class KeyedLoads
{
    public static async Task<IReadOnlyDictionary<TKey, T?>> LoadByKeysAsync<TContext, T, TKey>(
        IDbContextFactory<TContext> factory,
        KeySelector<T, TKey> key,
        IReadOnlyCollection<TKey> keys,
        CancellationToken cancellationToken)
        where TContext : DbContext
        where T : class
        where TKey : notnull
    {
        var parameter = key.Expression.Parameters[0];
        var contains = Expression.Lambda<Func<T, bool>>(
            Expression.Call(typeof(Enumerable), nameof(Enumerable.Contains), [typeof(TKey)], Expression.Constant(keys.ToArray()), key.Expression.Body),
                parameter);
        await using var db = await factory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var rows = await db.Set<T>().AsNoTracking().Where(contains).ToListAsync(cancellationToken).ConfigureAwait(false);
        return rows.ToDictionary(key.Of, r => (T?)r);
    }
}
