namespace OpenGcm.Api.Data;

/// Where data/ and the built database are; configuration section `OpenGcm:Data`.
public sealed class DataOptions
{
    /// The folder of CSV files; when empty, the first `data/` with a datapackage.json found upwards
    /// from the working directory or the application's folder.
    public string? DataDirectory { get; set; }

    /// The SQLite file; when empty, `opengcm.db` in the application's folder.
    public string? DatabasePath { get; set; }

    /// Parameter values in EF Core's SQL log (category Microsoft.EntityFrameworkCore.Database.Command): the
    /// data is public, and bench/aggregates.sh replays the logged statements directly against SQLite.
    public bool LogSqlParameterValues { get; set; }

    /// EF Core's check that no DbContext is used by two operations at once. Every resolver takes its own context from
    /// the pool for one awaited query, so production leaves it off: it writes an AsyncLocal twice per row read (an
    /// aggregate of 230 groups allocated about a tenth of its request there). The tests turn it on.
    public bool ThreadSafetyChecks { get; set; }

    public string ResolveDatabasePath()
        => string.IsNullOrEmpty(DatabasePath) ? Path.Combine(AppContext.BaseDirectory, "opengcm.db") : Path.GetFullPath(DatabasePath);

    public string? ResolveDataDirectory()
    {
        if (!string.IsNullOrEmpty(DataDirectory))
        {
            return Path.GetFullPath(DataDirectory);
        }

        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "data");
                if (File.Exists(Path.Combine(candidate, "datapackage.json")))
                {
                    return candidate;
                }
            }
        }

        return null;
    }
}
