using System.Text;
using System.Text.Json;
using GraphQL;
using GraphQL.Transport;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using OpenGcm.GraphQL.Errors;
using OpenGcm.GraphQL.Limits;

namespace OpenGcm.GraphQL.Http;

/// Reads a GraphQL request from a GET query string or a POST JSON body.
public sealed class GraphQLRequestReader(IGraphQLTextSerializer serializer, IOptions<LimitOptions> limits)
{
    public (GraphQLRequest? Request, Refusal? Refusal) ReadGet(HttpRequest request)
    {
        var query = request.Query["query"];
        if (query.Count > 1)
        {
            return (null, Refusal.Of(StatusCodes.Status400BadRequest, ErrorCodes.InvalidRequest, "Give `query` once."));
        }

        var graphQLRequest = new GraphQLRequest { Query = NullIfEmpty(query.FirstOrDefault()), OperationName = NullIfEmpty(request.Query["operationName"]) };
        try
        {
            graphQLRequest.Variables = ParseJsonParameter(request.Query["variables"]);
            graphQLRequest.Extensions = ParseJsonParameter(request.Query["extensions"]);
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException or FormatException or NotSupportedException)
        {
            return (null, Refusal.Of(StatusCodes.Status400BadRequest, ErrorCodes.InvalidJson, "`variables` and `extensions` must each be a JSON object."));
        }

        return (graphQLRequest, null);
    }

    public async Task<(GraphQLRequest? Request, Refusal? Refusal)> ReadPostAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var contentType)
            || !contentType.MediaType.Equals(MediaTypes.Json, StringComparison.OrdinalIgnoreCase))
        {
            return (null, Refusal.Of(StatusCodes.Status415UnsupportedMediaType, ErrorCodes.UnsupportedMediaType, "POST bodies must be "
                + $"{MediaTypes.Json}; this one was '{request.ContentType}'."));
        }

        if (contentType.Charset.HasValue && !contentType.Charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase))
        {
            return (null, Refusal.Of(StatusCodes.Status415UnsupportedMediaType, ErrorCodes.UnsupportedMediaType, "POST bodies must be UTF-8."));
        }

        var maxBytes = limits.Value.MaxBodyBytes;
        if (request.ContentLength > maxBytes)
        {
            return (null, TooLarge(maxBytes));
        }

        // Read at most one byte past the limit, whatever Content-Length claimed (chunked bodies too).
        using var body = new MemoryStream();
        var buffer = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(buffer, cancellationToken).ConfigureAwait(false)) > 0)
        {
            body.Write(buffer, 0, read);
            if (body.Length > maxBytes)
            {
                return (null, TooLarge(maxBytes));
            }
        }

        body.Position = 0;
        try
        {
            var graphQLRequest = await serializer.ReadAsync<GraphQLRequest>(body, cancellationToken).ConfigureAwait(false);
            return graphQLRequest is null
                ? (null, Refusal.Of(StatusCodes.Status400BadRequest, ErrorCodes.InvalidJson, "The body is `null`, not a GraphQL request."))
                : (graphQLRequest, null);
        }
        catch (Exception ex)
            when (ex is JsonException or InvalidOperationException or FormatException or NotSupportedException or ArgumentException or DecoderFallbackException)
        {
            return (null, Refusal.Of(StatusCodes.Status400BadRequest, ErrorCodes.InvalidJson,
                "The body is not a GraphQL request: send one JSON object with `query` (string) and optional `variables` (object) and `operationName` "
                    + "(string)."));
        }
    }

    private static Refusal TooLarge(long maxBytes)
        => Refusal.Of(StatusCodes.Status413PayloadTooLarge, ErrorCodes.RequestTooLarge, $"The body is larger than {maxBytes} bytes.");

    private Inputs? ParseJsonParameter(string? value)
        => string.IsNullOrEmpty(value) ? null : serializer.Deserialize<Inputs>(value) ?? throw new JsonException("not an object");

    private static string? NullIfEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;
}
