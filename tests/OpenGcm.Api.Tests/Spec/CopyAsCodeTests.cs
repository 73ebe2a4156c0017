using System.Net;

namespace OpenGcm.Api.Tests.Spec;

/// Issue #14: the playground's "Copy as code" (site/cite-and-code.js) gives snippets that run. Each snippet, made by
/// the playground's own function, runs against a live server in its language and finds the States that voted no.
public sealed class CopyAsCodeTests : IAsyncLifetime
{
    private const string Query = "query ($vote: GcmVote) { states(where: {gcmVote: {eq: $vote}}) { nodes { name } } }";
    private static readonly string Scripts = Path.Combine(RepositoryPaths.Root, "tests", "spec");
    private LiveServer? _server;
    private string _folder = string.Empty;

    public Task InitializeAsync()
    {
        _server = new LiveServer();
        _folder = Directory.CreateTempSubdirectory("opengcm-snippets-").FullName;
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        Directory.Delete(_folder, recursive: true);
        await _server!.DisposeAsync();
    }

    [SkippableTheory]
    [InlineData("curl", "bash", "snippet.sh")]
    [InlineData("python", "/usr/bin/python3", "snippet.py")]
    [InlineData("r", "Rscript", "snippet.R")]
    [InlineData("javascript", "node", "snippet.mjs")]
    public async Task Each_snippet_runs_and_answers(string language, string runtime, string file)
    {
        Skip.IfNot(await NodeScripts.NodeIsAvailableAsync(), "Node.js is not on PATH.");
        await NodeScripts.EnsureInstalledAsync(Scripts);
        var made = await NodeScripts.NodeAsync(Scripts, "snippets.mjs", _server!.GraphQLUrl, Query, """{"vote":"NO"}""");
        Assert.True(made.ExitCode == 0, made.Error);
        var snippet = (string)NodeScripts.LastJsonLine(made.Output)[language]!;
        var path = Path.Combine(_folder, file);
        await File.WriteAllTextAsync(path, snippet + "\n");

        var run = await NodeScripts.RunAsync(runtime, [path], _folder, TimeSpan.FromMinutes(2));
        if (run.ExitCode == -1 && run.Error.Contains("No such file", StringComparison.OrdinalIgnoreCase))
        {
            Assert.False(Environment.GetEnvironmentVariable("OPENGCM_REQUIRE_EXAMPLES") == "1", $"{runtime} is required but missing.");
            Skip.If(true, $"{runtime} is missing.");
        }

        Assert.True(run.ExitCode == 0, run.Output + run.Error);
        Assert.Contains("Czechia", run.Output, StringComparison.Ordinal);
        Assert.Contains("Hungary", run.Output, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task The_playground_page_loads_the_cite_and_code_script()
    {
        using var client = _server!.CreateClient();
        var script = await client.GetAsync("/playground/cite-and-code.js");
        Skip.If(script.StatusCode == HttpStatusCode.NotFound && !File.Exists(Path.Combine(AppContext.BaseDirectory, "playground", "vendor", "graphiql.min.js")), "playground assets not built");

        Assert.Equal(HttpStatusCode.OK, script.StatusCode);
        var text = await script.Content.ReadAsStringAsync();
        Assert.Contains("citation(style:", text, StringComparison.Ordinal);
        Assert.Contains("Copy as code", text, StringComparison.Ordinal);
        Assert.Contains("/playground/cite-and-code.js", await File.ReadAllTextAsync(Path.Combine(RepositoryPaths.Root, "src", "OpenGcm.Api", "Playground", "site", "index.html")), StringComparison.Ordinal);
    }
}
