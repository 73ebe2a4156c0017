using System.Text.RegularExpressions;
using Newtonsoft.Json.Linq;

namespace OpenGcm.Api.Tests;

/// Every query shown in README.md runs, and where an answer is shown, the API gives exactly it.
public sealed partial class ReadmeTests(OpenGcmFactory factory) : IClassFixture<OpenGcmFactory>
{
    private static readonly string Readme = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "README.md"));

    public static TheoryData<string> GraphQLBlocks() => [.. GraphQLBlock().Matches(Readme).Select(m => m.Groups["query"].Value.Trim())];

    [Fact]
    public async Task The_curl_example_gives_the_answer_shown()
    {
        var match = CurlBlock().Match(Readme);
        Assert.True(match.Success, "README has no curl example followed by its answer");
        var request = JObject.Parse(match.Groups["body"].Value);

        var response = await factory.CreateClient().PostGraphQLAsync((string)request["query"]!);

        Assert.True(JToken.DeepEquals(JToken.Parse(match.Groups["answer"].Value), response.Json), response.Body);
    }

    [Theory]
    [MemberData(nameof(GraphQLBlocks))]
    public async Task Each_example_query_answers_without_errors_and_as_shown(string query)
    {
        var response = await factory.CreateClient().PostGraphQLAsync(query);

        Assert.Null(response.Json["errors"]);
        var shown = Regex.Match(Readme, Regex.Escape(query) + @"\s*```\s*```json\s*(?<answer>.*?)```", RegexOptions.Singleline);
        if (shown.Success)
        {
            Assert.True(JToken.DeepEquals(JToken.Parse(shown.Groups["answer"].Value), response.Json), response.Body);
        }
    }

    [Fact]
    public void Readme_has_example_queries() => Assert.True(GraphQLBlocks().Count >= 3);

    [GeneratedRegex("```graphql\\s*(?<query>.*?)```", RegexOptions.Singleline)]
    private static partial Regex GraphQLBlock();

    [GeneratedRegex(@"```sh\s*curl[^`]*?-d '(?<body>[^']*)'\s*```\s*```json\s*(?<answer>.*?)```", RegexOptions.Singleline)]
    private static partial Regex CurlBlock();
}
