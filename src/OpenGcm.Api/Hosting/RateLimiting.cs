using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using OpenGcm.Api.Graph;
using OpenGcm.GraphQL.Http;
using OpenGcm.GraphQL.Telemetry;

namespace OpenGcm.Api.Hosting;

/// ASP.NET Core's rate limiter: a token bucket per client IP (RateLimitBuckets, which also gives every admitted
/// answer its RateLimit-* headers), 429 with Retry-After and RateLimit-* headers.
public static class RateLimiting
{
    public const string Policy = "per-client-ip";

    public static IServiceCollection AddOpenGcmRateLimiting(this IServiceCollection services)
    {
        services.AddOptions<RateLimitSettings>().BindConfiguration("OpenGcm:RateLimit");
        services.AddSingleton<RateLimitBuckets>();
        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>().Configure<IOptions<RateLimitSettings>, RateLimitBuckets, GraphQLMetrics>(
            (options, rateLimit, buckets, metrics) =>
        {
            var settings = rateLimit.Value;
            options.AddPolicy(Policy, buckets.Partition);
            options.OnRejected = (context, _) =>
            {
                metrics.RateLimited();
                var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)) : 1;
                var seconds = retryAfter.ToString(CultureInfo.InvariantCulture);
                var refusal = Refusal.Of(StatusCodes.Status429TooManyRequests, ApiErrorCodes.RateLimited, "Too many requests from this address: retry "
                    + $"after {seconds} s.") with
                {
                    Headers = new Dictionary<string, string>
                    {
                        ["Retry-After"] = seconds,
                        ["RateLimit-Limit"] = settings.Burst.ToString(CultureInfo.InvariantCulture),
                        ["RateLimit-Remaining"] = "0",
                        ["RateLimit-Reset"] = seconds,
                        ["RateLimit-Policy"] = $"{settings.Burst};w=1;burst={settings.Burst};rate={settings.PermitsPerSecond}",
                    },
                };
                return new ValueTask(RefusalWriter.WriteAsync(context.HttpContext, refusal));
            };
        });
        return services;
    }

    public static IEndpointConventionBuilder WithOpenGcmRateLimiting(this IEndpointConventionBuilder endpoint, IServiceProvider services)
        => services.GetRequiredService<IOptions<RateLimitSettings>>().Value.Enabled ? endpoint.RequireRateLimiting(Policy) : endpoint;
}
