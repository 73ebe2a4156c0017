using Microsoft.Extensions.FileProviders;
using OpenGcm.GraphQL.Http;

namespace OpenGcm.Api.Playground;

/// The playground for journalists: GraphiQL with ready-made questions, served only from this server.
public static class PlaygroundEndpoints
{
    /// Scripts, styles and data from this origin only: a browser refuses anything from another host.
    private const string ContentSecurityPolicy = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";

    public static string Root => Path.Combine(AppContext.BaseDirectory, "playground");

    public static IServiceCollection AddOpenGcmPlayground(this IServiceCollection services)
        => services.Configure<GraphQLHttpOptions>(options => options.BrowserPage = Directory.Exists(Root) ? ServeIndexAsync : null);

    public static void MapOpenGcmPlayground(this WebApplication app)
    {
        if (!File.Exists(Path.Combine(Root, "vendor", "graphiql.min.js")))
        {
            app.Logger.LogWarning("The playground's assets are missing from {Root} (npm was not available at build time); / and the browser view of /graphql are off.", Root);
            return;
        }

        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = new PhysicalFileProvider(Root),
            RequestPath = "/playground",
            OnPrepareResponse = file =>
            {
                file.Context.Response.Headers.CacheControl = "public, max-age=3600";
                file.Context.Response.Headers.XContentTypeOptions = "nosniff";
            },
        });
        app.MapGet("/", ServeIndexAsync).ExcludeFromDescription();
    }

    private static async Task ServeIndexAsync(HttpContext http)
    {
        http.Response.ContentType = "text/html; charset=utf-8";
        http.Response.Headers.ContentSecurityPolicy = ContentSecurityPolicy;
        http.Response.Headers.XContentTypeOptions = "nosniff";
        http.Response.Headers.CacheControl = "no-cache";
        await http.Response.SendFileAsync(Path.Combine(Root, "index.html"));
    }
}
