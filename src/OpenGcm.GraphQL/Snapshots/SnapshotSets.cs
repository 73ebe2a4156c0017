using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Query;

namespace OpenGcm.GraphQL.Snapshots;

internal static class SnapshotSets
{
    /// Whether a root list's source is the whole table of T (`db => db.States`), which the snapshot holds; any
    /// other source (a filtered or joined query) is answered by SQL.
    public static bool IsWholeSet<TContext, T>(IDbContextFactory<TContext> factory, Func<TContext, IQueryable<T>> source)
        where TContext : DbContext
    {
        using var db = factory.CreateDbContext();
        return source(db).Expression is EntityQueryRootExpression root && root.EntityType.ClrType == typeof(T);
    }
}
