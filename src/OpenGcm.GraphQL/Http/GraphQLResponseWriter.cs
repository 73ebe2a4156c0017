using System.Text;
using System.Text.Json.Nodes;
using GraphQL;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using OpenGcm.GraphQL.Errors;

namespace OpenGcm.GraphQL.Http;

/// Writes GraphQL-over-HTTP answers: JSON results and errors, CSV, and the caching headers of GETs.
public sealed class GraphQLResponseWriter(IGraphQLTextSerializer serializer, ResponseCache cache, IOptions<GraphQLHttpOptions> options)
{
    private const string GraphQLResponseContentType = MediaTypes.GraphQLResponse + "; charset=utf-8";
    private const string JsonContentType = MediaTypes.Json + "; charset=utf-8";

    private string? _cacheControl;

    public byte[] Serialize(ExecutionResult result) => Encoding.UTF8.GetBytes(serializer.Serialize(result));

    /// Errors never become half a CSV: they are answered as GraphQL JSON before any CSV is written.
    public async Task WriteCsvAsync(HttpContext http, ExecutionResult result, CacheSlot? slot, bool notModified = false)
    {
        var found = CsvResult.FindFirstList(JsonNode.Parse(serializer.Serialize(result))?["data"]);
        if (found is not { } list)
        {
            var refusal = Refusal.Of(StatusCodes.Status406NotAcceptable, ErrorCodes.CsvNeedsAList, "CSV is given for results that hold a list; this "
                + "one holds none.");
            await RefusalWriter.WriteAsync(http, refusal, MediaTypes.GraphQLResponse).ConfigureAwait(false);
            return;
        }

        using var text = new StringWriter();
        var columns = result.Document is { } document && result.Operation is { } operation ? CsvColumns.Of(document, operation, list.Path) : null;
        CsvResult.Write(list.Rows, text, columns);
        var body = Encoding.UTF8.GetBytes(text.ToString());
        if (slot is not null)
        {
            Cache(http, slot, MediaTypes.Csv, body);
        }

        await WriteBytesAsync(http, slot is not null && notModified ? StatusCodes.Status304NotModified : StatusCodes.Status200OK, MediaTypes.Csv,
            body).ConfigureAwait(false);
    }

    public void Cache(HttpContext http, CacheSlot slot, string mediaType, byte[] body)
    {
        SetCacheHeaders(http, slot.ETag);
        cache.Set(slot.RequestKey, slot.ETag, new CachedResponse(mediaType, body), slot.OperationName);
    }

    public void SetCacheHeaders(HttpContext http, string etag)
    {
        http.Response.Headers.ETag = etag;
        http.Response.Headers.CacheControl = _cacheControl ??= $"public, max-age={options.Value.CacheMaxAgeSeconds}";
    }

    public static async Task WriteBytesAsync(HttpContext http, int status, string mediaType, byte[] body)
    {
        http.Response.StatusCode = status;
        if (status == StatusCodes.Status304NotModified)
        {
            return;
        }

        http.Response.ContentType = mediaType switch
        {
            MediaTypes.Csv => "text/csv; charset=utf-8; header=present",
            MediaTypes.GraphQLResponse => GraphQLResponseContentType,
            MediaTypes.Json => JsonContentType,
            _ => $"{mediaType}; charset=utf-8",
        };
        http.Response.ContentLength = body.Length;
        if (!HttpMethods.IsHead(http.Request.Method))
        {
            await http.Response.Body.WriteAsync(body, http.RequestAborted).ConfigureAwait(false);
        }
    }
}

/// Where a GET's answer is cached: its request key in this process (null when the cache is off), its ETag, and the
/// operation it names.
public sealed record CacheSlot(RequestKey? RequestKey, string ETag, string? OperationName);
