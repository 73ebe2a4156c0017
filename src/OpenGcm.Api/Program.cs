using OpenGcm.Api.Data;
using OpenGcm.Api.Downloads;
using OpenGcm.Api.Graph;
using OpenGcm.Api.Hosting;
using OpenGcm.Api.Playground;
using OpenGcm.GraphQL.Http;

if (args is ["build-db", ..])
{
    return BuildDatabaseCommand.Run(args[1..]);
}

// The content root is the application's own folder, not the working directory: appsettings.json is read wherever the
// server is started from (from the repository root it was not, and its log levels with it). Settings are read once
// (IOptions, never IOptionsMonitor), so no file watcher: with reload on, the host watches the content root recursively.
var builder = WebApplication.CreateBuilder(new WebApplicationOptions
{
    Args = [.. args, "--hostBuilder:reloadConfigOnChange=false"],
    ContentRootPath = AppContext.BaseDirectory,
});
builder.Services.AddOpenGcmData();
builder.Services.AddOpenGcmGraphQL();
builder.Services.AddOpenGcmRateLimiting();
builder.Services.AddOpenGcmHealth();
builder.Services.AddOpenGcmPlayground();
builder.Services.AddOpenGcmDownloads();
builder.Services.AddOpenGcmTelemetry(builder.Configuration);
builder.Services.AddOpenGcmSharedState(builder.Configuration);
builder.Services.AddOpenGcmLifecycle(builder.Configuration);

var app = builder.Build();
if (DatabaseStartupCheck.Refuses(app))
{
    return 1;
}

var warmup = StartupWarmup.Start(app.Services);
app.UseOpenGcmData();
StartupWarmup.WarmDataAccess(app.Services);
app.UseExceptionHandler(error => error.Run(http => JsonErrors.WriteInternalErrorAsync(http)));
app.UseOpenGcmTelemetry();
app.UseOpenGcmCors();
app.UseRateLimiter();
app.UseOpenGcmRateLimitHeaders();
app.UseOpenGcmCiteAs();
app.UseGraphQLResponseCache();
app.MapOpenGcmHealth();
app.MapOpenGcmPlayground();
app.MapOpenGcmDownloads();
app.MapGraphQLEndpoint("/graphql").WithOpenGcmRateLimiting(app.Services);
// Listening while the schema is still being built: a first request waits for it rather than for the whole start.
await app.StartAsync().ConfigureAwait(false);
await warmup.ConfigureAwait(false); // a schema that cannot be built stops the server here
await app.WaitForShutdownAsync().ConfigureAwait(false);
return 0;

public partial class Program;
