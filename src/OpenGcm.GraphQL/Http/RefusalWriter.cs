using System.Text;
using GraphQL;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace OpenGcm.GraphQL.Http;

/// The one writer of refusals: the transport, the persisted queries, the limits, the rate limiter
/// and the exception handler all answer through it, as GraphQL JSON with `extensions.code`, never cached.
public static class RefusalWriter
{
    /// `mediaType` as negotiated; null (before negotiation: rate limiter, exception handler) is plain JSON.
    public static Task WriteAsync(HttpContext http, Refusal refusal, string? mediaType = null)
    {
        var response = http.Response;
        response.Headers.CacheControl = "no-store";
        if (refusal.Allow is { } allow)
        {
            response.Headers.Allow = allow;
        }

        foreach (var (name, value) in refusal.Headers)
        {
            response.Headers[name] = value;
        }

        var serializer = http.RequestServices.GetRequiredService<IGraphQLTextSerializer>();
        var body = Encoding.UTF8.GetBytes(serializer.Serialize(new ExecutionResult { Errors = [refusal.Error] }));
        var type = mediaType switch { null => MediaTypes.Json, MediaTypes.Csv => MediaTypes.GraphQLResponse, _ => mediaType };
        return GraphQLResponseWriter.WriteBytesAsync(http, refusal.Status, type, body);
    }
}
