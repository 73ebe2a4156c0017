using Newtonsoft.Json.Linq;

namespace OpenGcm.Api.Tests.Playground;

/// Issue #5 in a real browser: Debian's Chromium driven by playwright-core loads the playground from a
/// server on 127.0.0.1 with every other host blocked and counted, runs a ready-made question and saves
/// docs/playground.png. Skipped, with the reason, where Chromium or Node.js is missing.
[Collection(BrowserHarness.Collection)]
public sealed class BrowserTests
{
    [SkippableFact]
    public async Task Playground_runs_a_question_in_chromium_with_no_request_to_another_host()
    {
        await BrowserHarness.SkipUnlessBrowserAsync();
        await using var factory = new OpenGcmFactory();
        var baseUrl = BrowserHarness.StartOnLoopback(factory);
        var screenshot = BrowserHarness.ScreenshotPath("playground.png");
        var output = await BrowserHarness.RunNodeAsync(
            TimeSpan.FromSeconds(90), "playground.mjs", baseUrl, "Which States voted against the Global Compact?", "Hungary", screenshot);
        var outcome = JObject.Parse(output);

        Assert.True(outcome["error"] is null, output);
        Assert.Empty(outcome["blocked"]!);
        Assert.Empty(outcome["failed"]!);
        Assert.Contains("\"totalCount\": 5", (string)outcome["result"]!, StringComparison.Ordinal);
        Assert.Contains("Hungary", (string)outcome["result"]!, StringComparison.Ordinal);
        Assert.Contains("states", (string)outcome["docs"]!, StringComparison.Ordinal);
        Assert.True(new FileInfo(screenshot).Length > 10_000);
    }
}
