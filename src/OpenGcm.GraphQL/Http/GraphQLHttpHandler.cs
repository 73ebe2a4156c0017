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
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using OpenGcm.GraphQL.Caching;
using OpenGcm.GraphQL.Errors;
using OpenGcm.GraphQL.Limits;
using OpenGcm.GraphQL.Telemetry;

namespace OpenGcm.GraphQL.Http;

/// GraphQL over HTTP (the GraphQL-over-HTTP spec): GET and POST, media types by Accept (and CSV),
/// status codes by what went wrong, every error with `extensions.code`; cacheable GETs with ETags
/// and an in-memory response cache; automatic persisted queries.
public sealed class GraphQLHttpHandler(
    IDocumentExecuter<ISchema> executer,
    GraphQLRequestReader reader,
    ResponseCache cache,
    GraphQLResponseWriter writer,
    GraphQLMetrics requestMetrics,
    RequestGate gate,
    IOptions<GraphQLHttpOptions> options,
    ILogger<GraphQLHttpHandler> logger)
{
    /// One structured log line per request (operation, status, duration, cost; never variables), its metrics and the
    /// operation's tags on the ASP.NET Core span.
    public Task HandleAsync(HttpContext http) => AnswerFromCache(http) ?? HandleUncachedAsync(http);

    /// A GET (or HEAD) this process has answered before, answered from memory before its query string is even parsed;
    /// null when it has none. The endpoint asks, and so does UseGraphQLResponseCache, ahead of the middleware after it.
    public Task? AnswerFromCache(HttpContext http)
    {
        var request = http.Request;
        if (!cache.Enabled || !(HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
            || cache.Get(RequestKey.Of(request)) is not { } kept)
        {
            return null;
        }

        return AnswerKeptAsync(http, kept);
    }

    private async Task AnswerKeptAsync(HttpContext http, KeptResponse kept)
    {
        var started = Stopwatch.GetTimestamp();
        var metrics = new RequestMetrics();
        http.Response.Headers.Vary = "Accept";
        await AnswerFromCacheAsync(http, kept.ETag, kept.Response, metrics, kept.OperationName).ConfigureAwait(false);
        Record(http, metrics, started, http.Response.StatusCode);
    }

    private async Task HandleUncachedAsync(HttpContext http)
    {
        var started = Stopwatch.GetTimestamp();
        var metrics = new RequestMetrics();
        try
        {
            await HandleRequestAsync(http, metrics).ConfigureAwait(false);
        }
        catch
        {
            Record(http, metrics, started, StatusCodes.Status500InternalServerError); // the exception handler answers it
            throw;
        }

        Record(http, metrics, started, http.Response.StatusCode);
    }

    private void Record(HttpContext http, RequestMetrics metrics, long started, int status)
    {
        var elapsed = Stopwatch.GetElapsedTime(started);
        requestMetrics.Request(metrics.OperationName, metrics.OperationType, status, metrics.FromCache, elapsed.TotalSeconds);
        if (http.Features.Get<IHttpActivityFeature>()?.Activity is { Recorded: true } activity) // a span that will be exported
        {
            activity.SetTag("graphql.operation.name", requestMetrics.Operations.For(metrics.OperationName));
            activity.SetTag("graphql.operation.type", metrics.OperationType);
            activity.SetTag("opengcm.cache", metrics.FromCache ? "hit" : "miss");
        }

        if (logger.IsEnabled(LogLevel.Information))
        {
            logger.LogInformation(
                "GraphQL {Method} {Operation} answered {Status} in {ElapsedMs:F1} ms (complexity {Complexity}, depth {Depth}, cached {Cached})",
                http.Request.Method,
                metrics.OperationName ?? "(anonymous)",
                status,
                elapsed.TotalMilliseconds,
                metrics.Complexity,
                metrics.Depth,
                metrics.FromCache);
        }
    }

    private async Task HandleRequestAsync(HttpContext http, RequestMetrics metrics)
    {
        var request = http.Request;
        var isGet = HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method);
        if (!isGet && !HttpMethods.IsPost(request.Method))
        {
            var refusal = Refusal.Of(StatusCodes.Status405MethodNotAllowed, ErrorCodes.MethodNotAllowed, $"{request.Method} is not supported here: use "
                + "GET or POST.");
            await RefusalWriter.WriteAsync(http, refusal with { Allow = "GET, POST" }, MediaTypes.GraphQLResponse).ConfigureAwait(false);
            return;
        }

        var accept = request.Headers.Accept;
        if (isGet && request.QueryString.Value is null or "" && options.Value.BrowserPage is { } page && MediaTypes.PrefersHtml(accept))
        {
            await page(http).ConfigureAwait(false);
            return;
        }

        var mediaType = isGet && string.Equals(request.Query["format"], "csv",
            StringComparison.OrdinalIgnoreCase) ? MediaTypes.Csv : MediaTypes.Negotiate(accept);
        if (mediaType is null)
        {
            var message = $"This endpoint answers {MediaTypes.GraphQLResponse}, {MediaTypes.Json} or {MediaTypes.Csv}; the Accept header allows none.";
            await RefusalWriter.WriteAsync(http, Refusal.Of(StatusCodes.Status406NotAcceptable, ErrorCodes.NotAcceptable, message), MediaTypes.GraphQLResponse)
                .ConfigureAwait(false);
            return;
        }

        http.Response.Headers.Vary = "Accept";
        var (graphQLRequest, readRefusal) = isGet ? reader.ReadGet(request) : await reader.ReadPostAsync(request, http.RequestAborted).ConfigureAwait(false);
        if (readRefusal is not null)
        {
            await RefusalWriter.WriteAsync(http, readRefusal, mediaType).ConfigureAwait(false);
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
        var requestKey = cache.Enabled ? RequestKey.Of(request) : null;
        if (await cache.GetSharedAsync(requestKey, etag, graphQLRequest!.OperationName).ConfigureAwait(false) is { } shared)
        {
            await AnswerFromCacheAsync(http, etag, shared, metrics, graphQLRequest.OperationName).ConfigureAwait(false);
            return;
        }

        var slot = new CacheSlot(requestKey, etag, graphQLRequest.OperationName);
        await ExecuteAsync(http, graphQLRequest, isGet, mediaType, metrics, slot, NotModified(request, etag)).ConfigureAwait(false);
    }

    /// 304 only for a request known to answer without errors (cached, or just executed): an invalid
    /// request gets its error even with `If-None-Match: *`.
    private static bool NotModified(HttpRequest request, string etag)
    {
        var ifNoneMatch = request.Headers.IfNoneMatch;
        return ifNoneMatch.Count > 0 && ifNoneMatch.Any(v => v is not null && v.Split(',').Any(t => t.Trim() == etag || t.Trim() == "*"));
    }

    /// A cached answer is never parsed: its operation is what the GET names (only queries are cached).
    private async Task AnswerFromCacheAsync(HttpContext http, string etag, CachedResponse cached, RequestMetrics metrics, string? operationName)
    {
        metrics.FromCache = true;
        metrics.OperationName = operationName is { Length: > 0 } ? operationName : OperationTag.Cached;
        metrics.OperationType = "query";
        writer.SetCacheHeaders(http, etag);
        var status = NotModified(http.Request, etag) ? StatusCodes.Status304NotModified : StatusCodes.Status200OK;
        await GraphQLResponseWriter.WriteBytesAsync(http, status, cached.ContentType, cached.Body).ConfigureAwait(false);
    }

    private async Task ExecuteAsync(
        HttpContext http, GraphQLRequest graphQLRequest, bool isGet, string mediaType, RequestMetrics metrics, CacheSlot? slot = null, bool notModified = false)
    {
        metrics.OperationName = graphQLRequest.OperationName;
        var jsonOnly = mediaType == MediaTypes.Json;
        var (prepared, refusal) = await gate.CheckAsync(graphQLRequest, isGet, jsonOnly).ConfigureAwait(false);
        if (refusal is not null)
        {
            await RefusalWriter.WriteAsync(http, refusal, mediaType).ConfigureAwait(false);
            return;
        }

        metrics.OperationName ??= prepared!.Operation?.Name?.StringValue;
        var request = prepared!;
        var result = await executer.ExecuteAsync(new ExecutionOptions
        {
            Query = request.Query,
            Document = request.Document,
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
            status = result.Errors?.Any(e => e is DocumentError and not SyntaxError) == true && !VariableErrors.OnlyVariables(result.Errors)
                ? StatusCodes.Status422UnprocessableEntity
                : StatusCodes.Status400BadRequest;
        }

        var hasErrors = result.Errors is { Count: > 0 };
        if (mediaType == MediaTypes.Csv && !hasErrors)
        {
            await writer.WriteCsvAsync(http, result, slot, notModified).ConfigureAwait(false);
            return;
        }

        var responseType = mediaType == MediaTypes.Csv ? MediaTypes.GraphQLResponse : mediaType;
        var body = writer.Serialize(result);
        if (slot is not null && !hasErrors)
        {
            writer.Cache(http, slot, responseType, body);
            status = notModified ? StatusCodes.Status304NotModified : status;
        }
        else if (isGet)
        {
            http.Response.Headers.CacheControl = "no-store";
        }

        await GraphQLResponseWriter.WriteBytesAsync(http, status, responseType, body).ConfigureAwait(false);
    }
}
