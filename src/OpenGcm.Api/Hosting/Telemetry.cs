using OpenGcm.GraphQL.Telemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace OpenGcm.Api.Hosting;

/// OpenTelemetry, loaded only when asked for: `/metrics` (Prometheus text) when `OpenGcm:Metrics:Enabled`
/// is true, OTLP export of metrics and traces when `OpenGcm:Telemetry:OtlpEndpoint` (or the standard
/// `OTEL_EXPORTER_OTLP_ENDPOINT`) is set. Spans and metrics carry names, codes and counts only: the URL's
/// query string (which holds GET variables) and the client's address are removed from HTTP spans.
public static class Telemetry
{
    /// The ASP.NET Core and runtime meters worth watching next to OpenGcm's own.
    private static readonly string[] Meters =
    [
        GraphQLMetrics.MeterName, DatasetMetrics.MeterName,
        "Microsoft.AspNetCore.Hosting", "Microsoft.AspNetCore.Server.Kestrel", "Microsoft.AspNetCore.RateLimiting", "System.Runtime",
    ];

    public static IServiceCollection AddOpenGcmTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<Microsoft.EntityFrameworkCore.Diagnostics.IInterceptor, SqliteCommandActivities>();
        services.AddSingleton<DatasetMetrics>();
        var prometheus = MetricsEnabled(configuration);
        var otlp = OtlpEndpoint(configuration);
        if (!prometheus && otlp is null)
        {
            return services;
        }

        var telemetry = services.AddOpenTelemetry().ConfigureResource(resource => resource.AddService("opengcm"));
        telemetry.WithMetrics(metrics =>
        {
            metrics.AddMeter(Meters);
            if (prometheus)
            {
                metrics.AddPrometheusExporter();
            }

            if (otlp is not null)
            {
                metrics.AddOtlpExporter(o => o.Endpoint = otlp);
            }
        });
        if (otlp is not null)
        {
            telemetry.WithTracing(tracing => tracing
                .AddAspNetCoreInstrumentation(o =>
                {
                    o.Filter = http => http.Request.Path.StartsWithSegments("/graphql", StringComparison.OrdinalIgnoreCase);
                    o.EnrichWithHttpRequest = (activity, _) =>
                    {
                        activity.SetTag("url.query", null);
                        activity.SetTag("client.address", null);
                        activity.SetTag("user_agent.original", null);
                    };
                })
                .AddSource(GraphQLActivities.SourceName, SqliteCommandActivities.SourceName)
                .AddOtlpExporter(o => o.Endpoint = otlp));
        }

        return services;
    }

    /// The dataset's version gauge; `/metrics` when enabled. (The GraphQL handler records its own requests, the rate
    /// limiter's rejection its refusals.)
    public static void UseOpenGcmTelemetry(this WebApplication app)
    {
        app.Services.GetRequiredService<DatasetMetrics>();
        if (MetricsEnabled(app.Configuration))
        {
            app.MapPrometheusScrapingEndpoint("/metrics");
        }
    }

    private static bool MetricsEnabled(IConfiguration configuration) => configuration.GetValue<bool>("OpenGcm:Metrics:Enabled");

    private static Uri? OtlpEndpoint(IConfiguration configuration)
        => (configuration["OpenGcm:Telemetry:OtlpEndpoint"] is { Length: > 0 } own ? own : configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]) is { Length: > 0 } url
            ? new Uri(url)
            : null;
}
