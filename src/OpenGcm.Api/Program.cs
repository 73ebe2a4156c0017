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

var builder = WebApplication.CreateBuilder(args);
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
await warmup.ConfigureAwait(false);
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
await app.RunAsync().ConfigureAwait(false);
return 0;

public partial class Program;
