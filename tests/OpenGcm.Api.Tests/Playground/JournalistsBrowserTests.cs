using Newtonsoft.Json.Linq;

namespace OpenGcm.Api.Tests.Playground;

/// Issue #13 in Chromium (tests/browser/journalists.mjs), every request to another host blocked and
/// counted: a question built by clicking in the Explorer, its table, map and chart, a copied link
/// opened in a fresh context, SVG and PNG export, and framing from another origin. What the views
/// show is checked against the API's own answer to a different query, computed here.
[Collection(BrowserHarness.Collection)]
public sealed class JournalistsBrowserTests
{
    [SkippableFact]
    public async Task A_journalist_builds_a_question_by_clicking_and_sees_it_as_table_chart_and_map()
    {
        await BrowserHarness.SkipUnlessBrowserAsync();
        await using var factory = new OpenGcmFactory();
        var baseUrl = BrowserHarness.StartOnLoopback(factory);
        var answer = await factory.CreateClient().PostGraphQLAsync("{ states(first: 200) { nodes { name m49 region gcmVote } } }");
        var every = (JArray)answer.Json["data"]!["states"]!["nodes"]!;
        var against = every.Where(s => (string?)s["gcmVote"] == "NO").ToList();
        var abstentions = every.Where(s => (string?)s["gcmVote"] == "ABSTAIN").GroupBy(s => (string)s["region"]!)
            .Select(g => $"{g.Key}={g.Count()}").Order().ToList();
        var shots = new[] { "playground-table.png", "playground-chart.png", "playground-map.png" }.Select(BrowserHarness.ScreenshotPath).ToArray();

        var output = await BrowserHarness.RunNodeAsync(TimeSpan.FromSeconds(180), ["journalists.mjs", baseUrl, .. shots]);
        var outcome = JObject.Parse(output);

        Assert.True(outcome["error"] is null, output);
        Assert.Empty(outcome["blocked"]!);
        Assert.Empty(outcome["failed"]!);
        Assert.Contains("Explorer", (string)outcome["hints"]!, StringComparison.Ordinal);
        Assert.Matches(@"states\(where: \{gcmVote: \{eq: NO\}\}\)", (string)outcome["built"]!);

        // The table: 5 rows, the NO voters.
        var rows = outcome["table"]!["rows"]!.Select(r => (string)r[0]!).Order().ToList();
        Assert.Equal(5, against.Count);
        Assert.Equal(against.Select(s => (string)s["name"]!).Order().ToList(), rows);

        // The map: exactly those 5 countries coloured, all in the colour of NO, with a legend and the note.
        var map = (JArray)outcome["map"]!;
        Assert.Equal(against.Select(s => (string)s["m49"]!).Order(), map.Select(a => (string)a["m49"]!).Order());
        Assert.All(map, a => Assert.Equal("#D55E00", (string?)a["fill"]));
        Assert.Contains("NO (5)", outcome["mapLegend"]!.Select(l => (string)l!));
        Assert.Contains("do not imply endorsement", (string)outcome["mapNote"]!, StringComparison.Ordinal);

        // The link: same query and view in a fresh browser context.
        Assert.Contains("/#v1=", (string)outcome["link"]!, StringComparison.Ordinal);
        Assert.Equal((string)outcome["linkedFrom"]!["query"]!, (string)outcome["linkedTo"]!["query"]!);
        Assert.Equal("map", (string)outcome["linkedTo"]!["view"]!);
        Assert.Equal(5, (int)outcome["linkedTo"]!["areas"]!);
        Assert.Contains("<iframe src=\"" + baseUrl + "/embed", (string)outcome["embedCode"]!, StringComparison.Ordinal);

        // The chart of abstentions by region: one bar per region, the counts computed here.
        Assert.Equal(abstentions, outcome["chart"]!.Select(b => $"{b["label"]}={b["value"]}").Order().ToList());
        Assert.Contains("Source: UN General Assembly", (string)outcome["chartText"]!, StringComparison.Ordinal);
        Assert.Contains("count (States)", (string)outcome["chartText"]!, StringComparison.Ordinal);
        Assert.Equal("map", (string)outcome["keyboardView"]!);
        Assert.StartsWith("<svg", (string)outcome["svgExport"]!, StringComparison.Ordinal);
        Assert.EndsWith(".png", (string)outcome["pngExport"]!["name"]!, StringComparison.Ordinal);
        Assert.True((int)outcome["pngExport"]!["bytes"]! > 5_000);
        Assert.Equal(["A: 3", "B: 1,200"], outcome["points"]!.Select(p => (string)p!));

        // Framed by a page on another origin: the embed draws its map, the playground refuses.
        Assert.NotEqual(new Uri(baseUrl).Port, new Uri((string)outcome["articleOrigin"]!).Port);
        Assert.Equal(5, (int)outcome["embed"]!["areas"]!);
        Assert.Contains("A/RES/73/195", (string)outcome["embed"]!["source"]!, StringComparison.Ordinal);
        Assert.Contains("/embed#v1=", (string)outcome["linkEmbed"]!["src"]!, StringComparison.Ordinal);
        Assert.Equal(5, (int)outcome["linkEmbed"]!["areas"]!);
        Assert.Equal(0, (int)outcome["framedPlayground"]!);
        Assert.StartsWith("chrome-error:", (string)outcome["framedPlaygroundUrl"]!, StringComparison.Ordinal);
        Assert.All(shots, shot => Assert.True(new FileInfo(shot).Length > 10_000, shot));
    }
}
