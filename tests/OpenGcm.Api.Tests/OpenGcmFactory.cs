using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Logging;

namespace OpenGcm.Api.Tests;

/// The API over the real data/, on a database file of its own so test classes do not race.
public class OpenGcmFactory : WebApplicationFactory<Program>
{
    public string DatabasePath { get; } = Path.Combine(Path.GetTempPath(), $"opengcm-test-{Guid.NewGuid():N}.db");

    public string? DataDirectory { get; init; }

    /// Log lines the server wrote, for tests of what is (and is not) logged.
    public LogCollector Logs { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        // Tests send many requests from one address; the rate-limit tests turn the limiter back on.
        builder.UseSetting("OpenGcm:RateLimit:Enabled", "false");
        builder.ConfigureLogging(logging => logging.AddProvider(Logs));
        builder.UseSetting("OpenGcm:Data:DatabasePath", DatabasePath);
        if (DataDirectory is not null)
        {
            builder.UseSetting("OpenGcm:Data:DataDirectory", DataDirectory);
        }
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        File.Delete(DatabasePath);
    }
}
