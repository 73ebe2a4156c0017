using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.Extensions.Options;
using OpenGcm.Api.Areas;
using OpenGcm.Api.ImrfSessions;
using OpenGcm.Api.Objectives;
using OpenGcm.Api.Reports;
using OpenGcm.Api.States;
using OpenGcm.GraphQL.Snapshots;

namespace OpenGcm.Api.Data;

/// Reads the small tables into the snapshot once the server has started, in the background: until it is
/// published (tens of milliseconds), lists are answered by SQL, which gives the same answers. The statistics
/// tables (hundreds of thousands of rows) stay in SQL.
public sealed class SnapshotLoader(
    IDbContextFactory<OpenGcmDbContext> factory,
    DataSnapshots snapshots,
    IOptions<EngineOptions> options,
    IHostApplicationLifetime lifetime,
    ILogger<SnapshotLoader> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (!options.Value.Snapshot)
        {
            snapshots.Skip();
            return Task.CompletedTask;
        }

        // Once the server listens, and a moment later: on two cores, reading the tables beside the first request
        // delayed its answer by about 150 ms (bench/README.md); the first answers come from SQL meanwhile.
        lifetime.ApplicationStarted.Register(() => _ = Task.Run(async () =>
        {
            await Task.Delay(TimeSpan.FromMilliseconds(options.Value.SnapshotDelayMilliseconds), lifetime.ApplicationStopping).ConfigureAwait(false);
            Load();
        }, lifetime.ApplicationStopping));
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// The snapshot of one database: tracked queries, so EF Core wires the navigations between the rows
    /// (a report's State and objectives, a State's reports) as SQL joins them.
    public static DataSnapshot Read(OpenGcmDbContext db)
    {
        db.ChangeTracker.QueryTrackingBehavior = QueryTrackingBehavior.TrackAll;
        var snapshot = new DataSnapshot()
            .Add(db.Set<Area>().ToList())
            .Add(db.States.ToList())
            .Add(db.GcmChampions.ToList())
            .Add(db.Objectives.ToList())
            .Add(db.GuidingPrinciples.ToList())
            .Add(db.Reports.ToList())
            .Add(db.ImrfForums.ToList())
            .Add(db.ImrfSessions.ToList());
        db.Set<ReportObjective>().Load();
        db.Set<ImrfSessionObjective>().Load();

        // Navigations to tables left in SQL stay empty here; a query reading one is answered by SQL.
        var types = snapshot.Types.ToHashSet();
        return snapshot.NotLoaded(types.Select(t => db.Model.FindEntityType(t)!)
            .SelectMany(e => e.GetNavigations().Cast<INavigationBase>().Concat(e.GetSkipNavigations()))
            .Where(n => !types.Contains(n.TargetEntityType.ClrType) && n is not INavigation { ForeignKey.IsOwnership: true } && n.PropertyInfo is not null)
            .Select(n => (System.Reflection.MemberInfo)n.PropertyInfo!));
    }

    private void Load()
    {
        try
        {
            var clock = Stopwatch.StartNew();
            using (var db = factory.CreateDbContext())
            {
                snapshots.Publish(Read(db));
            }

            if (logger.IsEnabled(LogLevel.Information))
            {
                logger.LogInformation("Snapshot of the small tables loaded in {Milliseconds} ms", clock.ElapsedMilliseconds);
            }
        }
        catch (Exception ex) when (ex is InvalidOperationException or Microsoft.Data.Sqlite.SqliteException)
        {
            // SQL keeps answering every list: slower, never wrong.
            logger.LogError(ex, "The snapshot could not be loaded; every list is answered by SQL");
            snapshots.Skip();
        }
    }
}
