using System.Diagnostics;
using System.Text;
using System.Text.Json.Nodes;
using GraphQL;
using GraphQL.Execution;
using GraphQL.Transport;
using GraphQL.Types;
using GraphQLParser.AST;
using GraphQLParser.Exceptions;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using OpenGcm.GraphQL.Caching;
using OpenGcm.GraphQL.Limits;

namespace OpenGcm.GraphQL.Http;

/// GraphQL over HTTP (the GraphQL-over-HTTP spec): GET and POST, media types by Accept (and CSV),
/// status codes by what went wrong, every error with `extensions.code`; cacheable GETs with ETags
/// and an in-memory response cache; automatic persisted queries.
public sealed class GraphQLHttpHandler(
    IDocumentExecuter<ISchema> executer,
    IGraphQLTextSerializer serializer,
    GraphQLRequestReader reader,
    ResponseCache cache,
    PersistedQueries persisted,
    DocumentCache documents,
    IOptions<GraphQLHttpOptions> options,
    IOptions<LimitOptions> limits,
    ILogger<GraphQLHttpHandler> logger)
{
    /// One structured log line per request: operation, status, duration, cost. Never variables.
    public async Task HandleAsync(HttpContext http)
    {
        var started = Stopwatch.GetTimestamp();
        var metrics = new RequestMetrics();
        http.Items[RequestMetrics.Key] = metrics;
        try
        {
            await HandleRequestAsync(http, metrics).ConfigureAwait(false);
        }
        finally
        {
            if (logger.IsEnabled(LogLevel.Information))
            {
                logger.LogInformation(
                "GraphQL {Method} {Operation} answered {Status} in {ElapsedMs:F1} ms (complexity {Complexity}, depth {Depth}, cached {Cached})",
                http.Request.Method,
                metrics.OperationName ?? "(anonymous)",
                http.Response.StatusCode,
                Stopwatch.GetElapsedTime(started).TotalMilliseconds,
                metrics.Complexity,
                metrics.Depth,
                metrics.FromCache);
            }
        }
    }

    private async Task HandleRequestAsync(HttpContext http, RequestMetrics metrics)
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
        if (isGet && request.QueryString.Value is null or "" && options.Value.BrowserPage is { } page && MediaTypes.PrefersHtml(accept))
        {
            await page(http).ConfigureAwait(false);
            return;
        }

        var mediaType = isGet && string.Equals(request.Query["format"], "csv", StringComparison.OrdinalIgnoreCase) ? MediaTypes.Csv : MediaTypes.Negotiate(accept);
        if (mediaType is null)
        {
            await WriteErrorAsync(http, StatusCodes.Status406NotAcceptable, MediaTypes.GraphQLResponse, "NOT_ACCEPTABLE", $"This endpoint answers {MediaTypes.GraphQLResponse}, {MediaTypes.Json} or {MediaTypes.Csv}; the Accept header allows none.").ConfigureAwait(false);
            return;
        }

        http.Response.Headers.Vary = "Accept";
        var (graphQLRequest, problem) = isGet ? reader.ReadGet(request) : await reader.ReadPostAsync(request, http.RequestAborted).ConfigureAwait(false);
        if (problem is not null)
        {
            await WriteErrorAsync(http, problem.Status, mediaType, problem.Code, problem.Message).ConfigureAwait(false);
            return;
        }

        if (!isGet)
        {
            http.Response.Headers.CacheControl = "no-store";
            await ExecuteAsync(http, graphQLRequest!, isGet, mediaType, metrics).ConfigureAwait(false);
            return;
        }

        // GET: the ETag depends only on the data version and the request, so it is known before executing.
        var query = request.Query;
        var etag = cache.ETag(mediaType, query["query"], query["operationName"], query["variables"], query["extensions"]);
        if (request.Headers.IfNoneMatch.Any(v => v is not null && v.Split(',').Any(t => t.Trim() == etag || t.Trim() == "*")))
        {
            SetCacheHeaders(http, etag);
            http.Response.StatusCode = StatusCodes.Status304NotModified;
            return;
        }

        if (cache.TryGet(etag, out var cached))
        {
            metrics.FromCache = true;
            SetCacheHeaders(http, etag);
            await WriteBytesAsync(http, StatusCodes.Status200OK, cached!.ContentType, cached.Body).ConfigureAwait(false);
            return;
        }

        await ExecuteAsync(http, graphQLRequest!, isGet, mediaType, metrics, etag).ConfigureAwait(false);
    }

    private async Task ExecuteAsync(HttpContext http, GraphQLRequest graphQLRequest, bool isGet, string mediaType, RequestMetrics metrics, string? etag = null)
    {
        metrics.OperationName = graphQLRequest.OperationName;
        var jsonOnly = mediaType == MediaTypes.Json;
        var (queryText, persistedError) = persisted.Resolve(graphQLRequest.Query, graphQLRequest.Extensions);
        if (persistedError is { } error)
        {
            await WriteErrorAsync(http, error.Status, mediaType, error.Code, error.Message).ConfigureAwait(false);
            return;
        }

        if (string.IsNullOrWhiteSpace(queryText))
        {
            await WriteErrorAsync(http, StatusCodes.Status400BadRequest, mediaType, "MISSING_QUERY", "The request has no `query`.").ConfigureAwait(false);
            return;
        }

        var limit = limits.Value;
        if (queryText.Length > limit.MaxQueryLength)
        {
            await WriteErrorAsync(http, StatusCodes.Status400BadRequest, mediaType, "QUERY_TOO_LONG", $"The document has {queryText.Length} characters; at most {limit.MaxQueryLength} are allowed.").ConfigureAwait(false);
            return;
        }

        if (DocumentLimits.CountValues(graphQLRequest.Variables, limit.MaxVariableValues + 1) > limit.MaxVariableValues)
        {
            await WriteErrorAsync(http, StatusCodes.Status400BadRequest, mediaType, "VARIABLES_TOO_LARGE", $"`variables` holds more than {limit.MaxVariableValues} values.").ConfigureAwait(false);
            return;
        }

        GraphQLDocument document;
        try
        {
            document = documents.Parse(queryText);
        }
        catch (GraphQLSyntaxErrorException ex)
        {
            await WriteResultAsync(http, jsonOnly ? StatusCodes.Status200OK : StatusCodes.Status400BadRequest, mediaType, new ExecutionResult { Errors = [new SyntaxError(ex)] }).ConfigureAwait(false);
            return;
        }
        catch (GraphQLMaxDepthExceededException)
        {
            await WriteErrorAsync(http, jsonOnly ? StatusCodes.Status200OK : StatusCodes.Status400BadRequest, mediaType, "QUERY_TOO_DEEP", "The document nests deeper than the parser allows.").ConfigureAwait(false);
            return;
        }

        var operation = SelectOperation(document, graphQLRequest.OperationName);
        metrics.OperationName ??= operation?.Name?.StringValue;
        if (isGet && operation is { Operation: not OperationType.Query })
        {
            http.Response.Headers.Allow = "POST";
            await WriteErrorAsync(http, StatusCodes.Status405MethodNotAllowed, mediaType, "METHOD_NOT_ALLOWED", $"A {operation.Operation.ToString().ToLowerInvariant()} cannot be sent with GET: use POST.").ConfigureAwait(false);
            return;
        }

        if (DocumentLimits.Check(document, operation, limit) is { } refused)
        {
            await WriteErrorAsync(http, jsonOnly ? StatusCodes.Status200OK : StatusCodes.Status422UnprocessableEntity, mediaType, refused.Code, refused.Message).ConfigureAwait(false);
            return;
        }

        var result = await executer.ExecuteAsync(new ExecutionOptions
        {
            Query = queryText,
            Document = document,
            OperationName = graphQLRequest.OperationName,
            Variables = graphQLRequest.Variables,
            Extensions = graphQLRequest.Extensions,
            RequestServices = http.RequestServices,
            UserContext = new Dictionary<string, object?> { [RequestMetrics.Key] = metrics },
            User = http.User,
            CancellationToken = http.RequestAborted,
        }).ConfigureAwait(false);

        var status = StatusCodes.Status200OK;
        // A timeout is not the client's fault in form: answered like a field error, 200 with TIMEOUT.
        if (!result.Executed && !jsonOnly && result.Errors?.Any(e => e is TimeoutError) != true)
        {
            status = result.Errors?.Any(e => e is DocumentError and not SyntaxError) == true
                ? StatusCodes.Status422UnprocessableEntity
                : StatusCodes.Status400BadRequest;
        }

        var hasErrors = result.Errors is { Count: > 0 };
        if (mediaType == MediaTypes.Csv && !hasErrors)
        {
            await WriteCsvAsync(http, result, etag).ConfigureAwait(false);
            return;
        }

        var responseType = mediaType == MediaTypes.Csv ? MediaTypes.GraphQLResponse : mediaType;
        var body = Encoding.UTF8.GetBytes(serializer.Serialize(result));
        if (etag is not null && !hasErrors)
        {
            Cache(http, etag, responseType, body);
        }
        else if (isGet)
        {
            http.Response.Headers.CacheControl = "no-store";
        }

        await WriteBytesAsync(http, status, responseType, body).ConfigureAwait(false);
    }

    /// Errors never become half a CSV: they are answered as GraphQL JSON before any CSV is written.
    private async Task WriteCsvAsync(HttpContext http, ExecutionResult result, string? etag)
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

    private void Cache(HttpContext http, string etag, string mediaType, byte[] body)
    {
        SetCacheHeaders(http, etag);
        cache.Set(etag, new CachedResponse(mediaType, body));
    }

    private void SetCacheHeaders(HttpContext http, string etag)
    {
        http.Response.Headers.ETag = etag;
        http.Response.Headers.CacheControl = $"public, max-age={options.Value.CacheMaxAgeSeconds}";
    }

    private static GraphQLOperationDefinition? SelectOperation(GraphQLDocument document, string? operationName)
    {
        var operations = document.Definitions.OfType<GraphQLOperationDefinition>().ToList();
        return string.IsNullOrEmpty(operationName)
            ? (operations.Count == 1 ? operations[0] : null)
            : operations.FirstOrDefault(o => o.Name?.StringValue == operationName);
    }

    private Task WriteErrorAsync(HttpContext http, int status, string mediaType, string code, string message)
    {
        http.Response.Headers.CacheControl = "no-store";
        return WriteResultAsync(http, status, mediaType == MediaTypes.Csv ? MediaTypes.GraphQLResponse : mediaType, new ExecutionResult { Errors = [new ExecutionError(message) { Code = code }] });
    }

    private Task WriteResultAsync(HttpContext http, int status, string mediaType, ExecutionResult result)
        => WriteBytesAsync(http, status, mediaType == MediaTypes.Csv ? MediaTypes.GraphQLResponse : mediaType, Encoding.UTF8.GetBytes(serializer.Serialize(result)));

    private static async Task WriteBytesAsync(HttpContext http, int status, string mediaType, byte[] body)
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
