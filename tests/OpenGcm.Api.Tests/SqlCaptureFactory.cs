using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace OpenGcm.Api.Tests;

/// The API over the real data, keeping the SQL it sends (tests in one class run one at a time: clear, query, read).
public sealed class SqlCaptureFactory : OpenGcmFactory
{
    public SqlCapture Sql { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);

        // The SQL sent is the subject: the SQL path (the reference), not the snapshot, which sends none.
        builder.UseSetting("OpenGcm:Engine:Snapshot", "false");
        builder.ConfigureServices(s => s.AddSingleton<IInterceptor>(Sql));
    }
}
