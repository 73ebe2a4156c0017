using GraphQL.DI;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using OpenGcm.GraphQL.Caching;
using OpenGcm.GraphQL.Telemetry;

namespace OpenGcm.GraphQL.Http;

public static class GraphQLEndpointExtensions
{
    public static IServiceCollection AddGraphQLHttp(this IServiceCollection services)
        => services
            .AddSingleton<GraphQLHttpHandler>()
            .AddSingleton<GraphQLRequestReader>()
            .AddSingleton<GraphQLResponseWriter>()
            .AddSingleton<RequestGate>()
            .AddSingleton<ResponseCache>()
            .AddSingleton<PersistedQueries>()
            .AddSingleton<DocumentCache>()
            .AddSingleton<GraphQLMetrics>()
            .AddSingleton<SharedCache>()
            .AddSingleton<IConfigureExecution, GraphQLExecutionTelemetry>();

    /// Maps the endpoint for every method, so that anything but GET/POST gets 405 with `Allow`.
    public static IEndpointConventionBuilder MapGraphQLEndpoint(this IEndpointRouteBuilder endpoints, string pattern = "/graphql")
    {
        var handler = endpoints.ServiceProvider.GetRequiredService<GraphQLHttpHandler>();
        return endpoints.Map(pattern, new RequestDelegate(handler.HandleAsync)).WithMetadata(GraphQLEndpoint.Marker);
    }

    /// Answers GETs the response cache holds where it is placed, for the GraphQL endpoint only (routing has matched it):
    /// the middleware after it (static files, the endpoint's own dispatch) is skipped. Place it after CORS, the rate
    /// limiter and whatever else every answer must pass through.
    public static IApplicationBuilder UseGraphQLResponseCache(this IApplicationBuilder app)
    {
        var handler = app.ApplicationServices.GetRequiredService<GraphQLHttpHandler>();
        return app.Use((http, next) => http.GetEndpoint()?.Metadata.GetMetadata<GraphQLEndpoint>() is not null
            ? handler.AnswerFromCache(http) ?? next(http)
            : next(http));
    }
}

/// Marks the GraphQL endpoint, for the middleware that answers on its behalf.
public sealed class GraphQLEndpoint
{
    public static readonly GraphQLEndpoint Marker = new();

    private GraphQLEndpoint()
    {
    }
}
