using GraphQL;
using GraphQL.Types;
using GraphQL.Utilities;
using Microsoft.Net.Http.Headers;
using OpenGcm.Api.Graph;
using OpenGcm.Api.Hosting;
using OpenGcm.GraphQL.Http;

namespace OpenGcm.Api.Downloads;

/// `/downloads/…` (the release files, read-only, strong ETags, `latest` aliases), `/schema.graphql` (the schema
/// at a stable address), and `Link: <…>; rel="cite-as"` on data answers.
public static class DownloadEndpoints
{
    public static IServiceCollection AddOpenGcmDownloads(this IServiceCollection services)
        => services.AddSingleton<DownloadCatalog>();

    public static void MapOpenGcmDownloads(this WebApplication app)
    {
        app.MapMethods("/downloads/{name}", [HttpMethods.Get, HttpMethods.Head], (string name, DownloadCatalog catalog, HttpContext http) =>
            Serve(name, catalog, http))
            .WithOpenGcmRateLimiting(app.Services);
        app.MapMethods("/schema.graphql", [HttpMethods.Get, HttpMethods.Head], (ISchema schema, HttpContext http) => ServeSchema(schema, http));
    }

    /// Data answers name the release to cite them by (RFC 8574).
    public static IApplicationBuilder UseOpenGcmCiteAs(this IApplicationBuilder app)
    {
        var catalog = app.ApplicationServices.GetRequiredService<DownloadCatalog>();
        return app.Use((http, next) =>
        {
            if (http.Request.Path.StartsWithSegments("/graphql") && catalog.CiteAsLink is { } link)
            {
                http.Response.Headers.Append(HeaderNames.Link, link);
            }

            return next(http);
        });
    }

    private static IResult Serve(string name, DownloadCatalog catalog, HttpContext http)
    {
        if (catalog.Find(name) is not { } file)
        {
            var served = string.Join(", ", catalog.Files.SelectMany(f => new[] { f.Name, f.Alias }));
            var refusal = Refusal.Of(StatusCodes.Status404NotFound, ApiErrorCodes.DownloadNotFound, $"No download is named '{name}'. This server "
                + $"serves version {catalog.Version}: {served}.");
            return new Refused(refusal);
        }

        var pinned = name == file.Name;
        http.Response.Headers.CacheControl = pinned ? "public, max-age=31536000, immutable" : "public, max-age=300";
        http.Response.Headers.Append(HeaderNames.Link, $"<{file.Path}>; rel=\"cite-as\"");
        http.Response.Headers["Repr-Digest"] = $"sha-256=:{Convert.ToBase64String(Convert.FromHexString(file.Sha256))}:"; // RFC 9530
        return Results.File(file.FilePath, file.MediaType, file.Name, entityTag: new EntityTagHeaderValue(file.ETag), enableRangeProcessing: true);
    }

    private static IResult ServeSchema(ISchema schema, HttpContext http)
    {
        schema.Initialize();
        var text = schema.Print(new PrintOptions { IncludeDescriptions = true, IncludeDeprecationReasons = true }).ReplaceLineEndings("\n").TrimEnd() + "\n";
        var hash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(text)));
        var etag = new EntityTagHeaderValue($"\"{hash[..32]}\"");
        http.Response.Headers.CacheControl = "public, max-age=300";
        if (http.Request.Headers.IfNoneMatch.ToString().Contains(etag.Tag.ToString(), StringComparison.Ordinal))
        {
            http.Response.Headers.ETag = etag.Tag.ToString();
            return Results.StatusCode(StatusCodes.Status304NotModified);
        }

        http.Response.Headers.ETag = etag.Tag.ToString();
        return Results.Text(text, "text/plain; charset=utf-8");
    }

    /// A refusal as an endpoint result, written by the one refusal writer.
    private sealed class Refused(Refusal refusal) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext) => RefusalWriter.WriteAsync(httpContext, refusal);
    }
}
