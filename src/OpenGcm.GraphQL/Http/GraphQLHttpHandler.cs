using System.Text;
using System.Text.Json;
using GraphQL;
using GraphQL.Execution;
using GraphQL.Transport;
using GraphQL.Types;
using GraphQLParser.AST;
using GraphQLParser.Exceptions;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace OpenGcm.GraphQL.Http;

/// GraphQL over HTTP (the GraphQL-over-HTTP spec): GET and POST, media types by Accept, status codes
/// by what went wrong, and every error as a GraphQL error with `extensions.code`.
public sealed class GraphQLHttpHandler(
    IDocumentExecuter<ISchema> executer,
    IGraphQLTextSerializer serializer,
    IOptions<GraphQLHttpOptions> options)
{
    public async Task HandleAsync(HttpContext http)
    {
        var request = http.Request;
        var isGet = HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method);
        if (!isGet && !HttpMethods.IsPost(request.Method))
        {
            http.Response.Headers.Allow = "GET, POST";
            await WriteErrorAsync(http, StatusCodes.Status405MethodNotAllowed, MediaTypes.GraphQLResponse, "METHOD_NOT_ALLOWED", $"{request.Method} is not supported here: use GET or POST.").ConfigureAwait(false);
            return;
        }

        var accept = request.Headers.Accept;
        if (isGet && !request.Query.ContainsKey("query") && options.Value.BrowserPage is { } page && MediaTypes.PrefersHtml(accept))
        {
            await page(http).ConfigureAwait(false);
            return;
        }

        var mediaType = MediaTypes.Negotiate(accept);
        if (mediaType is null)
        {
            await WriteErrorAsync(http, StatusCodes.Status406NotAcceptable, MediaTypes.GraphQLResponse, "NOT_ACCEPTABLE", $"This endpoint answers {MediaTypes.GraphQLResponse} or {MediaTypes.Json}; the Accept header allows neither.").ConfigureAwait(false);
            return;
        }

        var (graphQLRequest, problem) = isGet ? ReadGet(request) : await ReadPostAsync(request, http.RequestAborted).ConfigureAwait(false);
        if (problem is not null)
        {
            await WriteErrorAsync(http, problem.Status, mediaType, problem.Code, problem.Message).ConfigureAwait(false);
            return;
        }

        await ExecuteAsync(http, graphQLRequest!, isGet, mediaType).ConfigureAwait(false);
    }

    private async Task ExecuteAsync(HttpContext http, GraphQLRequest graphQLRequest, bool isGet, string mediaType)
    {
        var jsonOnly = mediaType == MediaTypes.Json;
        GraphQLDocument document;
        try
        {
            document = GraphQLParser.Parser.Parse(graphQLRequest.Query!);
        }
        catch (GraphQLSyntaxErrorException ex)
        {
            var syntax = new ExecutionResult { Errors = [new SyntaxError(ex)] };
            await WriteResultAsync(http, jsonOnly ? StatusCodes.Status200OK : StatusCodes.Status400BadRequest, mediaType, syntax).ConfigureAwait(false);
            return;
        }

        if (isGet && SelectOperation(document, graphQLRequest.OperationName) is { Operation: not OperationType.Query } operation)
        {
            http.Response.Headers.Allow = "POST";
            await WriteErrorAsync(http, StatusCodes.Status405MethodNotAllowed, mediaType, "METHOD_NOT_ALLOWED", $"A {operation.Operation.ToString().ToLowerInvariant()} cannot be sent with GET: use POST.").ConfigureAwait(false);
            return;
        }

        var result = await executer.ExecuteAsync(new ExecutionOptions
        {
            Query = graphQLRequest.Query,
            Document = document,
            OperationName = graphQLRequest.OperationName,
            Variables = graphQLRequest.Variables,
            Extensions = graphQLRequest.Extensions,
            RequestServices = http.RequestServices,
            User = http.User,
            CancellationToken = http.RequestAborted,
        }).ConfigureAwait(false);

        var status = StatusCodes.Status200OK;
        if (!result.Executed && !jsonOnly)
        {
            status = result.Errors?.Any(e => e is DocumentError and not SyntaxError) == true
                ? StatusCodes.Status422UnprocessableEntity
                : StatusCodes.Status400BadRequest;
        }

        await WriteResultAsync(http, status, mediaType, result).ConfigureAwait(false);
    }

    private static GraphQLOperationDefinition? SelectOperation(GraphQLDocument document, string? operationName)
    {
        var operations = document.Definitions.OfType<GraphQLOperationDefinition>().ToList();
        return string.IsNullOrEmpty(operationName)
            ? (operations.Count == 1 ? operations[0] : null)
            : operations.FirstOrDefault(o => o.Name?.StringValue == operationName);
    }

    private (GraphQLRequest? Request, RequestProblem? Problem) ReadGet(HttpRequest request)
    {
        var query = request.Query["query"];
        if (query.Count != 1 || string.IsNullOrWhiteSpace(query[0]))
        {
            return (null, new RequestProblem(StatusCodes.Status400BadRequest, "MISSING_QUERY", "Give the GraphQL document in the `query` parameter, once."));
        }

        var graphQLRequest = new GraphQLRequest { Query = query[0], OperationName = NullIfEmpty(request.Query["operationName"]) };
        try
        {
            graphQLRequest.Variables = ParseJsonParameter(request.Query["variables"]);
            graphQLRequest.Extensions = ParseJsonParameter(request.Query["extensions"]);
        }
        catch (JsonException)
        {
            return (null, new RequestProblem(StatusCodes.Status400BadRequest, "INVALID_JSON", "`variables` and `extensions` must each be a JSON object."));
        }

        return (graphQLRequest, null);
    }

    private Inputs? ParseJsonParameter(string? value)
        => string.IsNullOrEmpty(value) ? null : serializer.Deserialize<Inputs>(value) ?? throw new JsonException("not an object");

    private async Task<(GraphQLRequest? Request, RequestProblem? Problem)> ReadPostAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var contentType)
            || !contentType.MediaType.Equals(MediaTypes.Json, StringComparison.OrdinalIgnoreCase))
        {
            return (null, new RequestProblem(StatusCodes.Status415UnsupportedMediaType, "UNSUPPORTED_MEDIA_TYPE", $"POST bodies must be {MediaTypes.Json}; this one was '{request.ContentType}'."));
        }

        if (contentType.Charset.HasValue && !contentType.Charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase))
        {
            return (null, new RequestProblem(StatusCodes.Status415UnsupportedMediaType, "UNSUPPORTED_MEDIA_TYPE", "POST bodies must be UTF-8."));
        }

        GraphQLRequest? graphQLRequest;
        try
        {
            graphQLRequest = await serializer.ReadAsync<GraphQLRequest>(request.Body, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException or FormatException or NotSupportedException or ArgumentException or DecoderFallbackException)
        {
            return (null, new RequestProblem(StatusCodes.Status400BadRequest, "INVALID_JSON", "The body is not a GraphQL request: send one JSON object with `query` (string) and optional `variables` (object) and `operationName` (string)."));
        }

        if (graphQLRequest is null || string.IsNullOrWhiteSpace(graphQLRequest.Query))
        {
            return (null, new RequestProblem(StatusCodes.Status400BadRequest, "MISSING_QUERY", "The body has no `query`."));
        }

        return (graphQLRequest, null);
    }

    private static string? NullIfEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;

    private Task WriteErrorAsync(HttpContext http, int status, string mediaType, string code, string message)
        => WriteResultAsync(http, status, mediaType, new ExecutionResult { Errors = [new ExecutionError(message) { Code = code }] });

    private async Task WriteResultAsync(HttpContext http, int status, string mediaType, ExecutionResult result)
    {
        http.Response.StatusCode = status;
        http.Response.ContentType = $"{mediaType}; charset=utf-8";
        if (HttpMethods.IsHead(http.Request.Method))
        {
            return;
        }

        await serializer.WriteAsync(http.Response.Body, result, http.RequestAborted).ConfigureAwait(false);
    }

    private sealed record RequestProblem(int Status, string Code, string Message);
}
