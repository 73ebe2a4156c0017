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
        => endpoints.Map(pattern, (HttpContext http) => http.RequestServices.GetRequiredService<GraphQLHttpHandler>().HandleAsync(http));
}
