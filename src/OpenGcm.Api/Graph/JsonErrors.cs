namespace OpenGcm.Api.Graph;

/// The last line of defence: an unexpected failure answers a GraphQL-shaped error, never a stack trace.
public static class JsonErrors
{
    public static Task WriteInternalErrorAsync(HttpContext http)
    {
        http.Response.StatusCode = StatusCodes.Status500InternalServerError;
        http.Response.ContentType = "application/json; charset=utf-8";
        return http.Response.WriteAsync("""{"errors":[{"message":"The server failed to answer this request.","extensions":{"code":"INTERNAL_SERVER_ERROR"}}]}""");
    }
}
