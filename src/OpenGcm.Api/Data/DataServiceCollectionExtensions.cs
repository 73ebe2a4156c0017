using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Options;
using OpenGcm.Api.Catalog;
using OpenGcm.GraphQL.Snapshots;

namespace OpenGcm.Api.Data;

public static class DataServiceCollectionExtensions
{
    public static IServiceCollection AddOpenGcmData(this IServiceCollection services)
    {
        services.AddOptions<DataOptions>().BindConfiguration("OpenGcm:Data");
        services.AddSingleton<DatasetCatalog>();
        services.AddOptions<EngineOptions>().BindConfiguration("OpenGcm:Engine");
        services.AddSingleton<DataSnapshots>();
        services.AddHostedService<SnapshotLoader>();
        services.AddPooledDbContextFactory<OpenGcmDbContext>((sp, options) =>
        {
            var data = sp.GetRequiredService<IOptions<DataOptions>>().Value;
            options.UseSqlite(DatasetBuilder.ReadOnlyConnectionString(data.ResolveDatabasePath()))
                .UseQueryTrackingBehavior(QueryTrackingBehavior.NoTracking)
                .EnableSensitiveDataLogging(data.LogSqlParameterValues)
                .EnableThreadSafetyChecks(data.ThreadSafetyChecks)
                .AddInterceptors(sp.GetServices<IInterceptor>());
        });
        return services;
    }

    /// Builds the database when data/ changed, then loads the catalog. With a broken data/ and a
    /// previous database, serves the previous one and logs why; with no database at all, stops.
    public static void UseOpenGcmData(this WebApplication app)
    {
        var options = app.Services.GetRequiredService<IOptions<DataOptions>>().Value;
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("OpenGcm.Data");
        var databasePath = options.ResolveDatabasePath();
        var dataDirectory = options.ResolveDataDirectory();
        if (dataDirectory is not null)
        {
            try
            {
                if (DatasetBuilder.EnsureBuilt(dataDirectory, databasePath) && logger.IsEnabled(LogLevel.Information))
                {
                    logger.LogInformation("Built {Database} from {Data}", databasePath, dataDirectory);
                }

                Downloads.ReleaseArchive.Ensure(dataDirectory, databasePath, DatasetBuilder.ReadContentHash(databasePath)!);
            }
            catch (DataValidationException ex) when (DatasetBuilder.ReadContentHash(databasePath) is not null)
            {
                logger.LogError("{Message}\nServing the previous database {Database}.", ex.Message, databasePath);
            }
        }
        else if (!File.Exists(databasePath))
        {
            throw new InvalidOperationException(
                $"No data/ folder was found and there is no database at {databasePath}. Set OpenGcm:Data:DataDirectory or OpenGcm:Data:DatabasePath.");
        }

        app.Services.GetRequiredService<DatasetCatalog>().Load(databasePath);
    }
}
