using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using OpenGcm.Api.Tests.Queries;

namespace OpenGcm.Api.Tests.Differential;

/// The API with the snapshot on or off (EF Core and SQL: the reference), counting the SQL statements it sends.
public sealed class EngineFactory(bool snapshot) : OpenGcmFactory
{
    public FilteringTests.StatementCounter Statements { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("OpenGcm:Engine:Snapshot", snapshot ? "true" : "false");

        // A slow answer on a busy machine must not become a timeout on one side only.
        builder.UseSetting("OpenGcm:Limits:TimeoutSeconds", "120");
        builder.ConfigureServices(s => s.AddSingleton<IInterceptor>(Statements));
    }
}
