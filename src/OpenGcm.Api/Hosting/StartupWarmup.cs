using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OpenGcm.Api.Data;

namespace OpenGcm.Api.Hosting;

/// Start-up work off the path to the first answer, on the other core. `Start`: the GraphQL schema is built and the
/// executor runs once, beside the database check. `WarmDataAccess`: once the database is in place, EF Core runs two
/// queries while the server starts listening, so its first-query cost (JIT of its query pipeline, about half a
/// second) is not paid by the first client request alone.
public static class StartupWarmup
{
    public static Task Start(IServiceProvider services) => Task.Run(async () =>
    {
        services.GetRequiredService<ISchema>().Initialize();
        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IDocumentExecuter>().ExecuteAsync(new ExecutionOptions
        {
            Query = "{ __typename }",
            RequestServices = scope.ServiceProvider,
        }).ConfigureAwait(false);
    });

    /// Not awaited by anyone: a failure costs only the warm-up. Its own context (no interceptors, no pooled
    /// connection), so nothing it runs is seen by the server's command logs or counters.
    public static void WarmDataAccess(IServiceProvider services)
    {
        var databasePath = services.GetRequiredService<IOptions<DataOptions>>().Value.ResolveDatabasePath();
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(StartupWarmup));
        _ = Task.Run(async () =>
        {
            try
            {
                var options = new DbContextOptionsBuilder<OpenGcmDbContext>()
                    .UseSqlite(DatasetBuilder.ReadOnlyConnectionString(databasePath, pooling: false))
                    .UseQueryTrackingBehavior(QueryTrackingBehavior.NoTracking)
                    .Options;
                await using var db = new OpenGcmDbContext(options);
                await db.States.OrderBy(s => s.Name).Select(s => new { s.Iso3, s.Name }).Take(1).ToListAsync().ConfigureAwait(false);
                await db.Reports.Where(r => r.Objectives.Any()).Select(r => new { r.Id, r.Objectives.Count }).Take(1).ToListAsync().ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is Microsoft.Data.Sqlite.SqliteException or InvalidOperationException)
            {
                if (logger.IsEnabled(LogLevel.Debug))
                {
                    logger.LogDebug(ex, "The data-access warm-up failed; the first requests pay for it");
                }
            }
        });
    }
}
