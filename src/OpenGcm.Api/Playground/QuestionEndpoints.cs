using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;
using OpenGcm.Api.Graph;
using OpenGcm.Api.Hosting;
using OpenGcm.GraphQL.Http;

namespace OpenGcm.Api.Playground;

/// Short, stable addresses of the ready-made questions: `/q/{slug}` opens one in the playground,
/// `/q/{slug}.json` and `/q/{slug}.csv` answer it as the cacheable GET of /graphql would (ETag,
/// Cache-Control), so a spreadsheet or a charting tool can read it and refresh; `/embed/{slug}`
/// renders just its chart or map, the only page that other sites may frame.
public static class QuestionEndpoints
{
    /// The same 'self'-only policy as the playground, except that any site may frame an embed.
    private const string EmbedSecurityPolicy = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
        + "font-src 'self' data:; connect-src 'self'; frame-ancestors *; base-uri 'none'; form-action 'self'";

    private static readonly string[] GetOrHead = [HttpMethods.Get, HttpMethods.Head];

    public static void MapOpenGcmQuestions(this WebApplication app, Func<HttpContext, Task> playground)
    {
        var questions = new ReadyMadeQuestions(Path.Combine(app.Services.GetRequiredService<IOptions<PlaygroundOptions>>().Value.Root, "examples.json"));
        app.MapMethods("/q/{slug}", GetOrHead, (HttpContext http, string slug) => AnswerAsync(http, questions, slug, playground))
            .ExcludeFromDescription()
            .WithOpenGcmRateLimiting(app.Services);
        app.MapMethods("/embed", GetOrHead, ServeEmbedAsync).ExcludeFromDescription();
        app.MapMethods("/embed/{slug}", GetOrHead, (HttpContext http, string slug)
                => questions.Find(slug) is null ? NotFoundAsync(http, slug, MediaTypes.Json) : ServeEmbedAsync(http))
            .ExcludeFromDescription();
    }

    private static Task AnswerAsync(HttpContext http, ReadyMadeQuestions questions, string slug, Func<HttpContext, Task> playground)
    {
        var format = Path.GetExtension(slug) switch { ".json" => "json", ".csv" => "csv", _ => null };
        var name = format is null ? slug : Path.GetFileNameWithoutExtension(slug);
        if (questions.Find(name) is not { } question)
        {
            return NotFoundAsync(http, name, format == "csv" ? MediaTypes.Csv : MediaTypes.Json);
        }

        if (format is null)
        {
            return playground(http);
        }

        // Answered by the GraphQL endpoint itself, as the GET a client would send: same ETag, cache and limits.
        var query = new Dictionary<string, StringValues> { ["query"] = question.Query };
        if (format == "csv")
        {
            query["format"] = "csv";
        }

        http.Request.Path = "/graphql";
        http.Request.QueryString = QueryString.Create(query);
        http.Request.Headers.Accept = format == "csv" ? MediaTypes.Csv : MediaTypes.Json;
        return http.RequestServices.GetRequiredService<GraphQLHttpHandler>().HandleAsync(http);
    }

    private static Task NotFoundAsync(HttpContext http, string slug, string mediaType)
    {
        var message = $"There is no ready-made question '{slug}'; the playground at / lists them.";
        return RefusalWriter.WriteAsync(http, Refusal.Of(StatusCodes.Status404NotFound, ApiErrorCodes.UnknownQuestion, message), mediaType);
    }

    private static async Task ServeEmbedAsync(HttpContext http)
    {
        http.Response.ContentType = "text/html; charset=utf-8";
        http.Response.Headers.ContentSecurityPolicy = EmbedSecurityPolicy;
        http.Response.Headers.XContentTypeOptions = "nosniff";
        http.Response.Headers.CacheControl = "no-cache";
        await http.Response.SendFileAsync(Path.Combine(http.RequestServices.GetRequiredService<IOptions<PlaygroundOptions>>().Value.Root, "embed.html"));
    }
}
