using Microsoft.AspNetCore.Http;

namespace OpenGcm.GraphQL.Http;

/// Options of the GraphQL-over-HTTP endpoint.
public sealed class GraphQLHttpOptions
{
    /// Answers a browser (Accept: text/html) that opens the endpoint with no query; null to disable.
    public RequestDelegate? BrowserPage { get; set; }
}
