using System.Net;
using Microsoft.AspNetCore.Hosting;

namespace OpenGcm.Api.Tests.Review;

/// Regression (issue #11): when the build could not install the playground's scripts, the server
/// logged that the browser view was off but still served a page whose scripts 404.
public sealed class PlaygroundOffTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("opengcm-playground-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public async Task Without_its_scripts_the_playground_is_not_served_to_a_browser()
    {
        File.WriteAllText(Path.Combine(_root, "index.html"), "<html><script src=\"vendor/graphiql.min.js\"></script></html>");
        await using var factory = new PlaygroundlessFactory(_root);
        var client = factory.CreateClient();

        using var browser = new HttpRequestMessage(HttpMethod.Get, "/graphql");
        browser.Headers.Accept.ParseAdd("text/html");
        var graphql = await client.SendAsync(browser);
        var root = await client.GetAsync("/");

        Assert.NotEqual("text/html", graphql.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.NotFound, root.StatusCode);
    }

    private sealed class PlaygroundlessFactory(string root) : OpenGcmFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("OpenGcm:Playground:Root", root);
        }
    }
}
