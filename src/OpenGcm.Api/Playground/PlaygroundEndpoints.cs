using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Options;
using OpenGcm.GraphQL.Http;

namespace OpenGcm.Api.Playground;

/// The playground for journalists: GraphiQL with ready-made questions, served only from this server.
public static class PlaygroundEndpoints
{
    /// Scripts, styles and data from this origin only: a browser refuses anything from another host.
    private const string ContentSecurityPolicy = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
        + "font-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";

    public static IServiceCollection AddOpenGcmPlayground(this IServiceCollection services)
    {
        services.AddOptions<PlaygroundOptions>().BindConfiguration("OpenGcm:Playground");
        services.AddOptions<GraphQLHttpOptions>()
            .Configure<IOptions<PlaygroundOptions>>((http, playground) => http.BrowserPage = playground.Value.IsAvailable ? ServeIndexAsync : null);
        return services;
    }

    public static void MapOpenGcmPlayground(this WebApplication app)
    {
        var playground = app.Services.GetRequiredService<IOptions<PlaygroundOptions>>().Value;
        if (!playground.IsAvailable)
        {
            app.Logger.LogWarning(
                "The playground's assets are missing from {Root} (npm was not available at build time); / and the browser view of /graphql are off.",
                playground.Root);
            return;
        }

        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = new PhysicalFileProvider(playground.Root),
            RequestPath = "/playground",
            OnPrepareResponse = file =>
            {
                file.Context.Response.Headers.CacheControl = "public, max-age=3600";
                file.Context.Response.Headers.XContentTypeOptions = "nosniff";
            },
        });
        app.MapGet("/", ServeIndexAsync).ExcludeFromDescription();
        app.MapOpenGcmQuestions(ServeIndexAsync);
    }

    private static async Task ServeIndexAsync(HttpContext http)
    {
        http.Response.ContentType = "text/html; charset=utf-8";
        http.Response.Headers.ContentSecurityPolicy = ContentSecurityPolicy;
        http.Response.Headers.XContentTypeOptions = "nosniff";
        http.Response.Headers.CacheControl = "no-cache";
        await http.Response.SendFileAsync(Path.Combine(http.RequestServices.GetRequiredService<IOptions<PlaygroundOptions>>().Value.Root, "index.html"));
    }
}
