using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace OpenGcm.Api.Hosting;

/// ASP.NET Core's rate limiter: a token bucket per client IP, 429 with Retry-After and RateLimit-* headers.
public static class RateLimiting
{
    public const string Policy = "per-client-ip";

    public static IServiceCollection AddOpenGcmRateLimiting(this IServiceCollection services, IConfiguration configuration)
    {
        var settings = configuration.GetSection("OpenGcm:RateLimit").Get<RateLimitSettings>() ?? new RateLimitSettings();
        return services.AddRateLimiter(options =>
        {
            options.AddPolicy(Policy, http => RateLimitPartition.GetTokenBucketLimiter(
                http.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new TokenBucketRateLimiterOptions
                {
                    TokenLimit = settings.Burst,
                    TokensPerPeriod = settings.PermitsPerSecond,
                    ReplenishmentPeriod = TimeSpan.FromSeconds(1),
                    QueueLimit = 0,
                    AutoReplenishment = true,
                }));
            options.OnRejected = (context, cancellationToken) =>
            {
                var response = context.HttpContext.Response;
                var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)) : 1;
                response.StatusCode = StatusCodes.Status429TooManyRequests;
                response.Headers.RetryAfter = retryAfter.ToString(CultureInfo.InvariantCulture);
                response.Headers["RateLimit-Limit"] = settings.Burst.ToString(CultureInfo.InvariantCulture);
                response.Headers["RateLimit-Remaining"] = "0";
                response.Headers["RateLimit-Reset"] = retryAfter.ToString(CultureInfo.InvariantCulture);
                response.Headers["RateLimit-Policy"] = $"{settings.Burst};w=1;burst={settings.Burst};rate={settings.PermitsPerSecond}";
                response.ContentType = "application/json; charset=utf-8";
                var body = new { errors = new[] { new { message = $"Too many requests from this address: retry after {retryAfter} s.", extensions = new { code = "RATE_LIMITED" } } } };
                return new ValueTask(response.WriteAsync(System.Text.Json.JsonSerializer.Serialize(body), cancellationToken));
            };
        });
    }

    public static IEndpointConventionBuilder WithOpenGcmRateLimiting(this IEndpointConventionBuilder endpoint, IConfiguration configuration)
        => configuration.GetSection("OpenGcm:RateLimit").Get<RateLimitSettings>() is { Enabled: false } ? endpoint : endpoint.RequireRateLimiting(Policy);
}
