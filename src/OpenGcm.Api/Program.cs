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

// Settings are read once (IOptions, never IOptionsMonitor), so no file watcher: with reload on, the host watches the
// content root recursively (the working directory: from a clone, node_modules and bin included), half a second of a start.
var builder = WebApplication.CreateBuilder([.. args, "--hostBuilder:reloadConfigOnChange=false"]);
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
