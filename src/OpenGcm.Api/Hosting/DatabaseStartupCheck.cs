using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using OpenGcm.Api.Data;
using OpenGcm.Api.Reports;

namespace OpenGcm.Api.Hosting;

/// A server without data/ (a deployment with a baked database) cannot rebuild, so it refuses to start,
/// with one clear log line and exit code 1, when the database is missing, unreadable (corrupt) or built
/// by another version of OpenGcm (its tables differ). With data/, the builder rebuilds in those cases.
public static class DatabaseStartupCheck
{
    public static bool Refuses(WebApplication app)
    {
        var options = app.Configuration.GetSection("OpenGcm:Data").Get<DataOptions>() ?? new DataOptions();
        if (options.ResolveDataDirectory() is not null || Problem(options.ResolveDatabasePath()) is not { } problem)
        {
            return false;
        }

        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("OpenGcm.Data");
        if (logger.IsEnabled(LogLevel.Critical))
        {
            logger.LogCritical("{Problem}", problem);
        }

        return true;
    }

    /// Why the database at this path cannot be served, or null when it can.
    public static string? Problem(string databasePath)
    {
        const string Rebuild = "Bake it again with `build-db --out PATH` from this version, or set OpenGcm:Data:DataDirectory to build it.";
        if (!File.Exists(databasePath))
        {
            return $"There is no database at {databasePath}, and no data/ folder to build one from. {Rebuild}";
        }

        // Written by this very build: its tables are this version's, and the expected schema (EF Core's create script,
        // more than a second to generate) need not be compared.
        if (DatasetBuilder.ReadMeta(databasePath) is var meta && meta.GetValueOrDefault(DatasetMeta.BuiltBy) == DatasetBuilder.BuildId
            && meta.ContainsKey(DatasetMeta.ContentHash))
        {
            return null;
        }

        try
        {
            using var connection = new SqliteConnection(DatasetBuilder.ReadOnlyConnectionString(databasePath, pooling: false));
            connection.Open();
            if (!Schema(connection).SetEquals(ExpectedSchema()))
            {
                return $"The database at {databasePath} was built by another version of OpenGcm (its tables differ from this version's). {Rebuild}";
            }

            using var command = connection.CreateCommand();
            command.CommandText = $"SELECT count(*) FROM Meta WHERE Key = '{DatasetMeta.ContentHash}'";
            return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) == 1
                ? null
                : $"The database at {databasePath} holds no dataset version (an unfinished build?). {Rebuild}";
        }
        catch (SqliteException ex)
        {
            return $"The database at {databasePath} cannot be read (SQLite error {ex.SqliteErrorCode}: corrupt, or not a database). {Rebuild}";
        }
    }

    private static HashSet<string> ExpectedSchema()
    {
        using var connection = new SqliteConnection("Data Source=:memory:");
        connection.Open();
        using var db = new OpenGcmDbContext(new DbContextOptionsBuilder<OpenGcmDbContext>().UseSqlite(connection).Options);
        db.Database.ExecuteSqlRaw(db.Database.GenerateCreateScript());
        foreach (var sql in ReportSearch.BuildSql)
        {
            db.Database.ExecuteSqlRaw(sql);
        }

        return Schema(connection);
    }

    private static HashSet<string> Schema(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT type || ' ' || name || ' ' || coalesce(sql, '') FROM sqlite_master";
        using var reader = command.ExecuteReader();
        var schema = new HashSet<string>(StringComparer.Ordinal);
        while (reader.Read())
        {
            schema.Add(reader.GetString(0));
        }

        return schema;
    }
}
