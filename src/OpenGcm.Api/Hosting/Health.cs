using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using OpenGcm.Api.Catalog;
using OpenGcm.Api.Data;

namespace OpenGcm.Api.Hosting;

/// `/healthz`: the process answers. `/readyz`: the database is open and holds a dataset (its version in the body).
public static class Health
{
    public static IServiceCollection AddOpenGcmHealth(this IServiceCollection services)
    {
        services.AddHealthChecks().AddCheck<DatabaseCheck>("database", tags: ["ready"]);
        return services;
    }

    public static void MapOpenGcmHealth(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHealthChecks("/healthz", new HealthCheckOptions { Predicate = _ => false, ResponseWriter = WriteAsync });
        endpoints.MapHealthChecks("/readyz", new HealthCheckOptions { Predicate = c => c.Tags.Contains("ready"), ResponseWriter = WriteAsync });
    }

    private static Task WriteAsync(HttpContext http, HealthReport report)
    {
        http.Response.ContentType = "application/json; charset=utf-8";
        http.Response.Headers.CacheControl = "no-store";
        var body = new
        {
            status = report.Status.ToString(),
            version = http.RequestServices.GetRequiredService<DatasetCatalog>().Version,
            checks = report.Entries.ToDictionary(e => e.Key, e => new { status = e.Value.Status.ToString(), description = e.Value.Description }),
        };
        return http.Response.WriteAsync(JsonSerializer.Serialize(body));
    }

    private sealed class DatabaseCheck(IDbContextFactory<OpenGcmDbContext> factory) : IHealthCheck
    {
        public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
        {
            try
            {
                await using var db = await factory.CreateDbContextAsync(cancellationToken);
                var states = await db.States.CountAsync(cancellationToken);
                return states > 0 ? HealthCheckResult.Healthy($"{states} states") : HealthCheckResult.Unhealthy("the database holds no states");
            }
            catch (Exception ex) when (ex is Microsoft.Data.Sqlite.SqliteException or InvalidOperationException)
            {
                return HealthCheckResult.Unhealthy("the database cannot be read");
            }
        }
    }
}
