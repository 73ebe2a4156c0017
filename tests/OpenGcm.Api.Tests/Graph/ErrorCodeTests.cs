using System.Net;
using System.Reflection;
using System.Text;
using Newtonsoft.Json.Linq;
using OpenGcm.Api.Graph;
using OpenGcm.GraphQL.Errors;

namespace OpenGcm.Api.Tests.Graph;

/// One catalogue of codes per project, every code documented; every refusal written the same way.
public sealed class ErrorCodeTests(OpenGcmFactory factory) : IClassFixture<OpenGcmFactory>
{
    public static TheoryData<string> Codes => [.. Catalogue()];

    [Theory]
    [MemberData(nameof(Codes))]
    public void Every_code_of_the_catalogues_is_in_the_readme(string code)
        => Assert.Contains($"`{code}`", File.ReadAllText(Path.Combine(RepositoryPaths.Root, "README.md")), StringComparison.Ordinal);

    [Fact]
    public void The_catalogues_hold_every_code_and_no_duplicate()
    {
        var codes = Catalogue().ToList();
        Assert.Equal(codes.Count, codes.Distinct().Count());
        Assert.Contains(ErrorCodes.PersistedQueryNotFound, codes);
        Assert.Contains(ApiErrorCodes.RateLimited, codes);
    }

    public static TheoryData<string, string, string?, HttpStatusCode> Refusals => new()
    {
        { "DELETE", "/graphql", null, HttpStatusCode.MethodNotAllowed },
        { "POST", "/graphql", "text/plain", HttpStatusCode.UnsupportedMediaType },
        { "POST", "/graphql", "application/json", HttpStatusCode.BadRequest },
        { "GET", "/graphql?query=" + Uri.EscapeDataString("mutation { x }"), null, HttpStatusCode.MethodNotAllowed },
        { "GET", "/graphql?query=" + Uri.EscapeDataString("{ states(first: 1) { nodes { iso3 } } }") + "&format=csv&variables=[", null, HttpStatusCode.BadRequest },
        { "GET", "/graphql?query=" + Uri.EscapeDataString("{ dataset { version } }") + "&format=csv", null, HttpStatusCode.NotAcceptable },
        { "GET", "/q/no-such-question.csv", null, HttpStatusCode.NotFound },
    };

    /// Each refusal, whoever refuses, is GraphQL JSON with a catalogued code and is never cached.
    [Theory]
    [MemberData(nameof(Refusals))]
    public async Task Every_refusal_has_the_one_shape(string method, string url, string? contentType, HttpStatusCode status)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), url);
        if (contentType is not null)
        {
            request.Content = new StringContent("not json", Encoding.UTF8, contentType);
        }

        var response = await factory.CreateClient().SendAsync(request);
        var body = JObject.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(status, response.StatusCode);
        Assert.True(response.Headers.CacheControl?.NoStore, "no-store");
        Assert.Contains((string)body["errors"]![0]!["extensions"]!["code"]!, Catalogue());
    }

    private static IEnumerable<string> Catalogue()
        => new[] { typeof(ErrorCodes), typeof(ApiErrorCodes) }
            .SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.Static))
            .Where(f => f.IsLiteral)
            .Select(f => (string)f.GetRawConstantValue()!);
}
