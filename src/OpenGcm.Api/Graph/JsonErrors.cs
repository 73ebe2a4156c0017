using OpenGcm.GraphQL.Http;

namespace OpenGcm.Api.Graph;

/// The last line of defence: an unexpected failure answers a GraphQL-shaped error, never a stack trace.
public static class JsonErrors
{
    public static Task WriteInternalErrorAsync(HttpContext http)
        => RefusalWriter.WriteAsync(http, Refusal.Of(StatusCodes.Status500InternalServerError, ApiErrorCodes.InternalServerError, "The server failed to "
            + "answer this request."));
}
