using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Logging;
using OpenGcm.Api.Data;

namespace OpenGcm.Api.Tests;

/// The API over the real data/, on a database file of its own so test classes do not race.
public class OpenGcmFactory : WebApplicationFactory<Program>
{
    private static readonly Lazy<string> Template = new(() =>
    {
        var path = Path.Combine(Path.GetTempPath(), $"opengcm-test-template-{Environment.ProcessId}.db");
        DatasetBuilder.EnsureBuilt(RepositoryPaths.Data, path);
        AppDomain.CurrentDomain.ProcessExit += (_, _) => File.Delete(path);
        return path;
    });

    public string DatabasePath { get; } = Path.Combine(Path.GetTempPath(), $"opengcm-test-{Guid.NewGuid():N}.db");

    public string? DataDirectory { get; init; }

    /// Log lines the server wrote, for tests of what is (and is not) logged.
    public LogCollector Logs { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        // Tests send many requests from one address; the rate-limit tests turn the limiter back on.
        builder.UseSetting("OpenGcm:RateLimit:Enabled", "false");
        builder.UseSetting("OpenGcm:Data:ThreadSafetyChecks", "true"); // a context used twice at once fails a test
        builder.ConfigureLogging(logging => logging.AddProvider(Logs));
        builder.UseSetting("OpenGcm:Data:DatabasePath", DatabasePath);
        if (DataDirectory is not null)
        {
            builder.UseSetting("OpenGcm:Data:DataDirectory", DataDirectory);
        }
        else if (!File.Exists(DatabasePath))
        {
            // The real data/ is built once per test run (about 330,000 rows) and copied: the server
            // finds the same content hash and opens the copy without building again.
            File.Copy(Template.Value, DatabasePath);
        }
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        File.Delete(DatabasePath);
    }
}
