using System.Diagnostics;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using OpenGcm.GraphQL.Limits;

namespace OpenGcm.GraphQL.Telemetry;

/// Records each GraphQL request's metrics once it is answered (the handler leaves its RequestMetrics
/// in HttpContext.Items), tags the ASP.NET Core span with the operation and the cache result, and
/// counts requests the rate limiter refused (they never reach the handler). Place it before the limiter.
public static class RequestTelemetryMiddleware
{
    public static IApplicationBuilder UseGraphQLTelemetry(this IApplicationBuilder app, string path = "/graphql")
    {
        var metrics = app.ApplicationServices.GetRequiredService<GraphQLMetrics>();
        return app.Use(async (http, next) =>
        {
            var started = Stopwatch.GetTimestamp();
            await next(http).ConfigureAwait(false);
            var status = http.Response.StatusCode;
            if (http.Items.TryGetValue(RequestMetrics.Key, out var value) && value is RequestMetrics request)
            {
                metrics.Request(request.OperationName, request.OperationType, status, request.FromCache, Stopwatch.GetElapsedTime(started).TotalSeconds);
                if (http.Features.Get<Microsoft.AspNetCore.Http.Features.IHttpActivityFeature>()?.Activity is { } activity)
                {
                    activity.SetTag("graphql.operation.name", metrics.Operations.For(request.OperationName));
                    activity.SetTag("graphql.operation.type", request.OperationType);
                    activity.SetTag("opengcm.cache", request.FromCache ? "hit" : "miss");
                }
            }
            else if (status == StatusCodes.Status429TooManyRequests && http.Request.Path.StartsWithSegments(path, StringComparison.OrdinalIgnoreCase))
            {
                metrics.RateLimited();
            }
        });
    }
}
