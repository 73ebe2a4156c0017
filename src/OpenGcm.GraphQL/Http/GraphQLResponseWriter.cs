using System.Text;
using System.Text.Json.Nodes;
using GraphQL;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace OpenGcm.GraphQL.Http;

/// Writes GraphQL-over-HTTP answers: JSON results and errors, CSV, and the caching headers of GETs.
public sealed class GraphQLResponseWriter(IGraphQLTextSerializer serializer, ResponseCache cache, IOptions<GraphQLHttpOptions> options)
{
    public byte[] Serialize(ExecutionResult result) => Encoding.UTF8.GetBytes(serializer.Serialize(result));

    /// Errors never become half a CSV: they are answered as GraphQL JSON before any CSV is written.
    public async Task WriteCsvAsync(HttpContext http, ExecutionResult result, string? etag)
    {
        var rows = CsvResult.FirstList(JsonNode.Parse(serializer.Serialize(result))?["data"]);
        if (rows is null)
        {
            await WriteErrorAsync(http, StatusCodes.Status406NotAcceptable, MediaTypes.GraphQLResponse, "CSV_NEEDS_A_LIST", "CSV is given for results that hold a list; this one holds none.").ConfigureAwait(false);
            return;
        }

        using var text = new StringWriter();
        CsvResult.Write(rows, text);
        var body = Encoding.UTF8.GetBytes(text.ToString());
        if (etag is not null)
        {
            Cache(http, etag, MediaTypes.Csv, body);
        }

        await WriteBytesAsync(http, StatusCodes.Status200OK, MediaTypes.Csv, body).ConfigureAwait(false);
    }

    public void Cache(HttpContext http, string etag, string mediaType, byte[] body)
    {
        SetCacheHeaders(http, etag);
        cache.Set(etag, new CachedResponse(mediaType, body));
    }

    public void SetCacheHeaders(HttpContext http, string etag)
    {
        http.Response.Headers.ETag = etag;
        http.Response.Headers.CacheControl = $"public, max-age={options.Value.CacheMaxAgeSeconds}";
    }

    public Task WriteErrorAsync(HttpContext http, int status, string mediaType, string code, string message)
    {
        http.Response.Headers.CacheControl = "no-store";
        return WriteResultAsync(http, status, mediaType == MediaTypes.Csv ? MediaTypes.GraphQLResponse : mediaType, new ExecutionResult { Errors = [new ExecutionError(message) { Code = code }] });
    }

    public Task WriteResultAsync(HttpContext http, int status, string mediaType, ExecutionResult result)
        => WriteBytesAsync(http, status, mediaType == MediaTypes.Csv ? MediaTypes.GraphQLResponse : mediaType, Encoding.UTF8.GetBytes(serializer.Serialize(result)));

    public static async Task WriteBytesAsync(HttpContext http, int status, string mediaType, byte[] body)
    {
        http.Response.StatusCode = status;
        http.Response.ContentType = mediaType == MediaTypes.Csv ? "text/csv; charset=utf-8; header=present" : $"{mediaType}; charset=utf-8";
        http.Response.ContentLength = body.Length;
        if (!HttpMethods.IsHead(http.Request.Method))
        {
            await http.Response.Body.WriteAsync(body, http.RequestAborted).ConfigureAwait(false);
        }
    }
}
