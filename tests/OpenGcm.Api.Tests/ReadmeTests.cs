using System.Text.RegularExpressions;
using Newtonsoft.Json.Linq;

namespace OpenGcm.Api.Tests;

/// Every query shown in README.md runs, and where an answer is shown, the API gives exactly it.
public sealed partial class ReadmeTests(OpenGcmFactory factory) : IClassFixture<OpenGcmFactory>
{
    private static readonly string Readme = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "README.md"));

    public static TheoryData<string> GraphQLBlocks() => [.. GraphQLBlock().Matches(Readme).Select(m => m.Groups["query"].Value.Trim())];

    public static TheoryData<string> CurlExamples() => [.. CurlBlock().Matches(Readme).Select(m => m.Value)];

    /// A curl example followed by its answer: GET or POST (-d), headers (-H), the answer as JSON or CSV.
    [Theory]
    [MemberData(nameof(CurlExamples))]
    public async Task Each_curl_example_gives_the_answer_shown(string example)
    {
        var match = CurlBlock().Match(example);
        var command = match.Groups["command"].Value.Replace("\\\n", " ", StringComparison.Ordinal);
        var url = new Uri(Regex.Match(command, "'?(http://localhost:5000/[^'\\s]*)").Groups[1].Value);
        var body = Regex.Match(command, "-d '([^']*)'");
        using var request = new HttpRequestMessage(body.Success ? HttpMethod.Post : HttpMethod.Get, url.PathAndQuery);
        if (body.Success)
        {
            request.Content = new StringContent(body.Groups[1].Value, System.Text.Encoding.UTF8, "application/json");
        }

        foreach (Match header in Regex.Matches(command, "-H '([^:]+): ([^']*)'"))
        {
            if (!header.Groups[1].Value.Equals("Content-Type", StringComparison.OrdinalIgnoreCase))
            {
                request.Headers.TryAddWithoutValidation(header.Groups[1].Value, header.Groups[2].Value);
            }
        }

        var response = await factory.CreateClient().SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        var shown = match.Groups["answer"].Value;
        if (match.Groups["kind"].Value == "json")
        {
            Assert.True(JToken.DeepEquals(JToken.Parse(shown), WithoutCost(JToken.Parse(shown), JToken.Parse(text))), text);
        }
        else
        {
            Assert.Equal(shown.Trim(), text.ReplaceLineEndings("\n").Trim());
        }
    }

    [Fact]
    public void Readme_has_curl_examples_with_answers() => Assert.True(CurlExamples().Count >= 4);

    [Theory]
    [MemberData(nameof(GraphQLBlocks))]
    public async Task Each_example_query_answers_without_errors_and_as_shown(string query)
    {
        var response = await factory.CreateClient().PostGraphQLAsync(query);

        Assert.Null(response.Json["errors"]);
        var shown = Regex.Match(Readme, Regex.Escape(query) + @"\s*```\s*```json\s*(?<answer>.*?)```", RegexOptions.Singleline);
        if (shown.Success)
        {
            Assert.True(JToken.DeepEquals(JToken.Parse(shown.Groups["answer"].Value), WithoutCost(JToken.Parse(shown.Groups["answer"].Value), response.Json)), response.Body);
        }
    }

    /// Every executed answer carries `extensions.cost`; README shows it where the example is about it and leaves it
    /// out elsewhere: an answer shown without `extensions` is compared with the real one less its cost.
    private static JToken WithoutCost(JToken shown, JToken answer)
    {
        if (shown["extensions"] is null && answer is JObject body && body["extensions"] is JObject extensions)
        {
            extensions.Remove("cost");
            if (!extensions.HasValues)
            {
                body.Remove("extensions");
            }
        }

        return answer;
    }

    [Fact]
    public void Readme_has_example_queries() => Assert.True(GraphQLBlocks().Count >= 3);

    /// An example whose answer is not shown cannot be checked against it: it needs the answer right
    /// after it, or a `<!-- no-answer: reason -->` line saying why none is shown.
    [Fact]
    public void Every_example_shows_its_answer_or_says_why_not()
    {
        var unanswered = FencedBlock().Matches(Readme)
            .Where(b => b.Groups["lang"].Value == "graphql" || (b.Groups["lang"].Value == "sh" && b.Groups["body"].Value.TrimStart().StartsWith("curl", StringComparison.Ordinal)))
            .Where(b => !AnswerOrMarker().IsMatch(Readme[(b.Index + b.Length)..]))
            .Select(b => b.Groups["body"].Value.Trim())
            .ToList();

        Assert.True(unanswered.Count == 0, "README examples with no answer shown and no <!-- no-answer: reason -->:\n" + string.Join("\n", unanswered));
    }

    [Fact]
    public void The_no_answer_marker_is_found_after_an_example_only()
    {
        Assert.DoesNotMatch(AnswerOrMarker(), "\n\nSome prose.\n\n```json\n{}\n```");
        Assert.DoesNotMatch(AnswerOrMarker(), "\n<!-- no-answer: -->\n");
        Assert.Matches(AnswerOrMarker(), "\n\n<!-- no-answer: the answer changes every day -->\n");
        Assert.Matches(AnswerOrMarker(), "\n\n```csv\na,b\n```");
    }

    [GeneratedRegex("^```(?<lang>[a-z]*)\\n(?<body>.*?)^```", RegexOptions.Singleline | RegexOptions.Multiline)]
    private static partial Regex FencedBlock();

    /// What must follow an example: its answer (a json or csv block), or the marker with a reason.
    [GeneratedRegex(@"\A\s*(```(json|csv)\n|<!-- no-answer: \S[^\n]*-->)")]
    private static partial Regex AnswerOrMarker();

    [GeneratedRegex("```graphql\\s*(?<query>.*?)```", RegexOptions.Singleline)]
    private static partial Regex GraphQLBlock();

    [GeneratedRegex(@"```sh\s*(?<command>curl[^`]*?)```\s*```(?<kind>json|csv)\s*(?<answer>.*?)```", RegexOptions.Singleline)]
    private static partial Regex CurlBlock();
}
