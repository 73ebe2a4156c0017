using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using CsvHelper;
using Newtonsoft.Json.Linq;
using OpenGcm.Api.Graph;

namespace OpenGcm.Api.Tests.Playground;

/// Issue #13 without a browser: every ready-made question has a stable slug; /q/{slug}.json and
/// .csv answer it as the cacheable GET of /graphql would; only /embed pages may be framed elsewhere.
public sealed partial class QuestionTests(OpenGcmFactory factory) : IClassFixture<OpenGcmFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    private static string ExamplesFile => Path.Combine(RepositoryPaths.Root, "src", "OpenGcm.Api", "Playground", "site", "examples.json");

    private static JArray Questions => JArray.Parse(File.ReadAllText(ExamplesFile));

    public static TheoryData<string> Slugs() => [.. Questions.Select(q => (string)q["slug"]!)];

    [Fact]
    public void Every_question_has_a_unique_slug_and_a_view()
    {
        var slugs = Questions.Select(q => (string?)q["slug"]).ToList();

        Assert.All(slugs, slug => Assert.Matches("^[a-z0-9]+(-[a-z0-9]+)*$", slug ?? string.Empty));
        Assert.Equal(slugs.Count, slugs.Distinct().Count());
        Assert.All(Questions, q => Assert.Contains((string?)q["view"], new[] { "table", "chart", "map" }));
        Assert.Contains("votes-against", slugs);
        Assert.Contains("votes-against-map", slugs);
        Assert.Contains("abstentions-by-region", slugs);
    }

    [Theory]
    [MemberData(nameof(Slugs))]
    public async Task Each_question_answers_at_its_json_address_as_a_post_of_its_query_would(string slug)
    {
        var query = (string)Questions.Single(q => (string)q["slug"]! == slug)["query"]!;
        var response = await _client.GetAsync($"/q/{slug}.json");
        var json = JObject.Parse(await response.Content.ReadAsStringAsync());
        var posted = await _client.PostGraphQLAsync(query);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        Assert.Null(json["errors"]);
        Assert.True(JToken.DeepEquals(posted.Json["data"], json["data"]), slug);
    }

    [Fact]
    public async Task The_csv_address_answers_the_five_states_that_voted_no_and_is_cacheable()
    {
        var everyState = await _client.PostGraphQLAsync("{ states(first: 200) { nodes { name gcmVote } } }");
        var expected = everyState.Json["data"]!["states"]!["nodes"]!.Where(s => (string?)s["gcmVote"] == "NO").Select(s => (string)s["name"]!).Order().ToList();

        var response = await _client.GetAsync("/q/votes-against.csv");
        var etag = response.Headers.ETag;
        using var csv = new CsvReader(new StringReader(await response.Content.ReadAsStringAsync()), CultureInfo.InvariantCulture);
        var names = csv.GetRecords<dynamic>().Select(r => (string)((IDictionary<string, object>)r)["name"]).ToList();
        using var again = new HttpRequestMessage(HttpMethod.Get, "/q/votes-against.csv");
        again.Headers.IfNoneMatch.Add(etag!);
        var revalidated = await _client.SendAsync(again);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal(5, expected.Count);
        Assert.Equal(expected, names.Order().ToList());
        Assert.NotNull(etag);
        Assert.StartsWith("public, max-age=", response.Headers.CacheControl!.ToString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotModified, revalidated.StatusCode);
    }

    [Theory]
    [InlineData("/q/no-such-question.json")]
    [InlineData("/q/no-such-question.csv")]
    [InlineData("/q/no-such-question")]
    [InlineData("/embed/no-such-question")]
    public async Task An_unknown_question_is_a_404_with_a_code(string path)
    {
        var response = await _client.GetAsync(path);
        var json = JObject.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(ApiErrorCodes.UnknownQuestion, (string?)json["errors"]![0]!["extensions"]!["code"]);
        Assert.True(response.Headers.CacheControl?.NoStore, "no-store");
    }

    [Fact]
    public async Task A_question_address_opens_the_playground_which_refuses_to_be_framed()
    {
        var response = await _client.GetAsync("/q/votes-against-map");
        var policy = response.Headers.GetValues("Content-Security-Policy").Single();

        Assert.Equal("text/html", response.Content.Headers.ContentType!.MediaType);
        Assert.Contains("playground.js", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", policy, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/embed/votes-against-map")]
    [InlineData("/embed")]
    public async Task Only_an_embed_may_be_framed_and_it_loads_nothing_from_another_host(string path)
    {
        var response = await _client.GetAsync(path);
        var html = await response.Content.ReadAsStringAsync();
        var policy = response.Headers.GetValues("Content-Security-Policy").Single();
        var references = Reference().Matches(html).Select(m => m.Groups["url"].Value).ToList();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("frame-ancestors *", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("frame-ancestors 'none'", policy, StringComparison.Ordinal);
        Assert.Matches("^default-src 'self'; script-src 'self';", policy);
        Assert.True(references.Count >= 5);
        Assert.All(references, url => Assert.Matches("^(/|data:)", url));
        foreach (var url in references.Where(u => u.StartsWith('/')))
        {
            Assert.Equal(HttpStatusCode.OK, (await _client.GetAsync(url)).StatusCode);
        }
    }

    [Fact]
    public async Task The_map_geometry_is_served_by_opengcm_with_m49_ids()
    {
        var world = JObject.Parse(await _client.GetStringAsync("/playground/vendor/countries-110m.json"));
        var ids = world["objects"]!["countries"]!["geometries"]!.Select(g => (string?)g["id"]).Where(id => id is not null).ToHashSet();
        var states = await _client.PostGraphQLAsync("{ states(where: {gcmVote: {eq: NO}}) { nodes { m49 } } }");

        Assert.All(states.Json["data"]!["states"]!["nodes"]!, s => Assert.Contains((string)s["m49"]!, ids));
    }

    [GeneratedRegex("(?:src|href)=\"(?<url>[^\"]+)\"")]
    private static partial Regex Reference();
}
