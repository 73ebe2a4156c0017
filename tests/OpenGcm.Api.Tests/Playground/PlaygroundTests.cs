using System.Net;
using System.Text.RegularExpressions;
using Newtonsoft.Json.Linq;

namespace OpenGcm.Api.Tests.Playground;

/// Issue #5 without a browser: the page references only its own server, every asset answers, and
/// every ready-made question runs without errors, so the page never offers a broken question.
public sealed partial class PlaygroundTests(OpenGcmFactory factory) : IClassFixture<OpenGcmFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    public static TheoryData<string, string> Examples()
    {
        var file = Path.Combine(RepositoryPaths.Root, "src", "OpenGcm.Api", "Playground", "site", "examples.json");
        var data = new TheoryData<string, string>();
        foreach (var example in JArray.Parse(File.ReadAllText(file)))
        {
            data.Add((string)example["title"]!, (string)example["query"]!);
        }

        return data;
    }

    [Fact]
    public async Task The_home_page_is_the_playground_and_references_no_other_host()
    {
        var response = await _client.GetAsync("/");
        var html = await response.Content.ReadAsStringAsync();
        var references = Reference().Matches(html).Select(m => m.Groups["url"].Value).ToList();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType!.MediaType);
        Assert.Contains("default-src 'self'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.True(references.Count >= 6);
        Assert.All(references, url => Assert.Matches("^(/|data:)", url));
        foreach (var url in references.Where(u => u.StartsWith('/')))
        {
            Assert.Equal(HttpStatusCode.OK, (await _client.GetAsync(url)).StatusCode);
        }
    }

    [Fact]
    public async Task A_browser_opening_graphql_gets_the_playground_and_an_api_client_gets_graphql()
    {
        using var browser = new HttpRequestMessage(HttpMethod.Get, "/graphql");
        browser.Headers.Accept.ParseAdd("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
        var page = await _client.SendAsync(browser);
        var api = await _client.GetAsync("/graphql");

        Assert.Equal("text/html", page.Content.Headers.ContentType!.MediaType);
        Assert.Contains("playground.js", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, api.StatusCode);
    }

    [Fact]
    public async Task The_scripts_and_styles_reference_no_other_host_at_load()
    {
        var script = await _client.GetStringAsync("/playground/playground.js");

        Assert.DoesNotMatch("https?://", script);
        Assert.Contains("url: '/graphql'", script, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await _client.GetAsync("/playground/vendor/graphiql.min.js")).StatusCode);
    }

    [Fact]
    public void There_are_at_least_ten_ready_made_questions() => Assert.True(Examples().Count >= 10);

    [Theory]
    [MemberData(nameof(Examples))]
    public async Task Every_ready_made_question_answers_without_errors(string title, string query)
    {
        var response = await _client.PostGraphQLAsync(query);

        Assert.True(response.Status == HttpStatusCode.OK && response.Json["errors"] is null, $"{title}: {response.Body}");
        Assert.All(((JObject)response.Json["data"]!).Properties(), p => Assert.NotEqual(JTokenType.Null, p.Value.Type));
        Assert.Matches("\\[\\s*\\{|\"count\"|\"version\"|\"name\"", response.Json["data"]!.ToString());
    }

    [GeneratedRegex("(?:src|href)=\"(?<url>[^\"]+)\"")]
    private static partial Regex Reference();
}
