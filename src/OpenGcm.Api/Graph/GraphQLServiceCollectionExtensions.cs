using System.Text.Encodings.Web;
using GraphQL;
using Microsoft.Net.Http.Headers;
using OpenGcm.Api.Areas;
using OpenGcm.Api.Catalog;
using OpenGcm.Api.Data;
using OpenGcm.Api.Displacement;
using OpenGcm.Api.ImrfSessions;
using OpenGcm.Api.MigrantStocks;
using OpenGcm.Api.MissingMigrants;
using OpenGcm.Api.Objectives;
using OpenGcm.Api.Reports;
using OpenGcm.Api.States;
using OpenGcm.GraphQL.Batching;
using OpenGcm.GraphQL.Caching;
using OpenGcm.GraphQL.Filtering;
using OpenGcm.GraphQL.Http;
using OpenGcm.GraphQL.Limits;
using OpenGcm.GraphQL.Lists;
using OpenGcm.GraphQL.Paging;
using OpenGcm.GraphQL.Querying;

namespace OpenGcm.Api.Graph;

public static class GraphQLServiceCollectionExtensions
{
    public static IServiceCollection AddOpenGcmGraphQL(this IServiceCollection services)
    {
        services.AddOptions<PagingOptions>().BindConfiguration("OpenGcm:Paging");
        services.AddScoped<BatchLoaderContext>();
        services.AddSingleton<QueryInputTypes>();
        services.AddSingleton<ListFields<OpenGcmDbContext>>();
        services.AddGraphQLHttp();
        services.AddOptions<GraphQLHttpOptions>().BindConfiguration("OpenGcm:Http");
        services.AddOptions<LimitOptions>().BindConfiguration("OpenGcm:Limits");
        services.AddOptions<GraphQLHttpOptions>().Configure<DatasetCatalog>((http, catalog) => http.DataVersion = () => catalog.Version);

        // Public, read-only data: any origin may GET and POST.
        services.AddCors(cors => cors.AddDefaultPolicy(policy => policy
            .AllowAnyOrigin()
            .WithMethods("GET", "POST")
            .WithHeaders("Content-Type", "Accept", "If-None-Match")
            .WithExposedHeaders("ETag", "Link", "RateLimit-Limit", "RateLimit-Remaining", "RateLimit-Reset", "RateLimit-Policy")
            .SetPreflightMaxAge(TimeSpan.FromHours(1))));

        // Features, one line each: root fields and, for objects with global ids, `node(id:)`.
        services.AddFeature<StateQueries>();
        services.AddFeature<ObjectiveQueries>();
        services.AddFeature<ReportQueries>();
        services.AddFeature<ImrfSessionQueries>();
        services.AddFeature<AreaQueries>();
        services.AddFeature<MigrantStockQueries>();
        services.AddFeature<DisplacementQueries>();
        services.AddFeature<MissingMigrantQueries>();
        services.AddFeature<CoreQueries>();

        services.AddGraphQL(b => b
            .AddSchema<OpenGcmSchema>()
            .AddSystemTextJson(o => o.Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping)
            .AddGraphTypes(typeof(OpenGcmSchema).Assembly)
            .AddClrTypeMappings(typeof(OpenGcmSchema).Assembly)
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

    /// ASP.NET Core's CORS middleware, for requests that carry `Origin` (every cross-origin request and preflight does);
    /// for any other it would do nothing but note itself in HttpContext.Items and open a service scope.
    public static IApplicationBuilder UseOpenGcmCors(this IApplicationBuilder app)
        => app.UseWhen(http => http.Request.Headers.ContainsKey(HeaderNames.Origin), cors => cors.UseCors());
}
