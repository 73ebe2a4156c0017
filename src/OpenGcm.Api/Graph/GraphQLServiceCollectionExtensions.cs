using System.Text.Encodings.Web;
using GraphQL;
using OpenGcm.Api.Data;
using OpenGcm.Api.ImrfSessions;
using OpenGcm.Api.Objectives;
using OpenGcm.Api.Reports;
using OpenGcm.Api.States;
using OpenGcm.GraphQL.Batching;
using OpenGcm.GraphQL.Caching;
using OpenGcm.GraphQL.Filtering;
using OpenGcm.GraphQL.Http;
using OpenGcm.GraphQL.Limits;
using OpenGcm.GraphQL.Paging;

namespace OpenGcm.Api.Graph;

public static class GraphQLServiceCollectionExtensions
{
    public static IServiceCollection AddOpenGcmGraphQL(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<PagingOptions>(configuration.GetSection("OpenGcm:Paging"));
        services.AddScoped<BatchLoaderContext>();
        services.AddSingleton<QueryInputTypes>();
        services.AddGraphQLHttp();
        services.Configure<GraphQLHttpOptions>(configuration.GetSection("OpenGcm:Http"));
        services.Configure<LimitOptions>(configuration.GetSection("OpenGcm:Limits"));
        services.AddOptions<GraphQLHttpOptions>().Configure<DatasetCatalog>((http, catalog) => http.DataVersion = () => catalog.Version);

        // Public, read-only data: any origin may GET and POST.
        services.AddCors(cors => cors.AddDefaultPolicy(policy => policy
            .AllowAnyOrigin()
            .WithMethods("GET", "POST")
            .WithHeaders("Content-Type", "Accept", "If-None-Match")
            .WithExposedHeaders("ETag")
            .SetPreflightMaxAge(TimeSpan.FromHours(1))));

        // Features: each adds its root fields; those with global ids also resolve `node(id:)`.
        services.AddSingleton<StateQueries>();
        services.AddSingleton<ObjectiveQueries>();
        services.AddSingleton<ReportQueries>();
        services.AddSingleton<ImrfSessionQueries>();
        services.AddSingleton<IRootFields>(sp => sp.GetRequiredService<StateQueries>());
        services.AddSingleton<IRootFields>(sp => sp.GetRequiredService<ObjectiveQueries>());
        services.AddSingleton<IRootFields>(sp => sp.GetRequiredService<ReportQueries>());
        services.AddSingleton<IRootFields>(sp => sp.GetRequiredService<ImrfSessionQueries>());
        services.AddSingleton<IRootFields, CoreQueries>();
        services.AddSingleton<INodeSource>(sp => sp.GetRequiredService<StateQueries>());
        services.AddSingleton<INodeSource>(sp => sp.GetRequiredService<ObjectiveQueries>());
        services.AddSingleton<INodeSource>(sp => sp.GetRequiredService<ReportQueries>());
        services.AddSingleton<INodeSource>(sp => sp.GetRequiredService<ImrfSessionQueries>());

        services.AddGraphQL(b => b
            .AddSchema<OpenGcmSchema>()
            .AddSystemTextJson(o => o.Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping)
            .AddGraphTypes(typeof(OpenGcmSchema).Assembly)
            .AddGraphTypes(typeof(PageInfoType).Assembly)
            .AddErrorInfoProvider(o => o.ExposeExceptionDetails = false)
            .AddRequestLimits()
            .ConfigureExecution(services => services.GetRequiredService<DocumentCache>())
            .AddUnhandledExceptionHandler(ctx =>
            {
                var logger = ctx.Context?.RequestServices?.GetService(typeof(ILogger<OpenGcmSchema>)) as ILogger;
                logger?.LogError(ctx.OriginalException, "Unhandled error while executing a GraphQL request");
            }));
        return services;
    }
}
