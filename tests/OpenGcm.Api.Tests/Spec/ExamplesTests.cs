using Newtonsoft.Json.Linq;

namespace OpenGcm.Api.Tests.Spec;

/// Issue #14, real clients: the Python (requests + pandas), R (httr + jsonlite) and graphql-codegen TypeScript
/// examples page through `states` on a live server and agree with the API's own totals. Where a runtime is
/// missing they skip with the reason, unless OPENGCM_REQUIRE_EXAMPLES=1 (set by .ci/run, which installs them).
public sealed class ExamplesTests : IAsyncLifetime
{
    private static readonly string Examples = Path.Combine(RepositoryPaths.Root, "examples");
    private LiveServer? _server;
    private JObject? _expected;

    public async Task InitializeAsync()
    {
        _server = new LiveServer();
        using var client = _server.CreateClient();
        var data = await client.DataAsync("{ states(first: 200) { totalCount groupBy(field: GCM_VOTE) { key count } nodes { migrantStock2020 } } }");
        var states = data["states"]!;
        _expected = new JObject
        {
            ["rows"] = states["totalCount"],
            ["totalCount"] = states["totalCount"],
            ["byVote"] = new JObject(states["groupBy"]!.Select(g => new JProperty((string?)g["key"] ?? "null", g["count"]))),
            ["migrantStock2020"] = states["nodes"]!.Sum(n => (long?)n["migrantStock2020"] ?? 0),
        };
    }

    public async Task DisposeAsync() => await _server!.DisposeAsync();

    [SkippableFact]
    public async Task Python_example_agrees_with_the_api()
    {
        var python = File.Exists("/usr/bin/python3") ? "/usr/bin/python3" : "python3";
        await RequireAsync(python, ["-c", "import pandas, requests"], "python3 with pandas and requests (apt-get install python3-pandas python3-requests)");

        var run = await NodeScripts.RunAsync(python, [Path.Combine(Examples, "python", "states.py"), _server!.GraphQLUrl], Examples, TimeSpan.FromMinutes(2));

        AssertAgrees("python", run);
    }

    [SkippableFact]
    public async Task R_example_agrees_with_the_api()
    {
        await RequireAsync("Rscript", ["-e", "library(httr); library(jsonlite)"], "R with httr and jsonlite (apt-get install r-base-core r-cran-httr r-cran-jsonlite)");

        var run = await NodeScripts.RunAsync("Rscript", [Path.Combine(Examples, "r", "states.R"), _server!.GraphQLUrl], Examples, TimeSpan.FromMinutes(2));

        AssertAgrees("r", run);
    }

    [SkippableFact]
    public async Task Typescript_client_generated_from_the_live_schema_agrees_with_the_api()
    {
        await RequireAsync("node", ["--version"], "Node.js");
        var folder = Path.Combine(Examples, "typescript");
        await NodeScripts.EnsureInstalledAsync(folder);
        var generated = Path.Combine(folder, "src", "generated", "graphql.ts");
        File.Delete(generated);

        var codegen = await NodeScripts.RunAsync("node", ["node_modules/@graphql-codegen/cli/cjs/bin.js", "--config", "codegen.ts"], folder, TimeSpan.FromMinutes(3), ("OPENGCM_URL", _server!.GraphQLUrl));
        Assert.True(codegen.ExitCode == 0, codegen.Output + codegen.Error);
        Assert.Contains("export type StatesPageQuery", await File.ReadAllTextAsync(generated), StringComparison.Ordinal);
        var build = await NodeScripts.RunAsync("node", ["node_modules/typescript/bin/tsc", "-p", "tsconfig.json"], folder, TimeSpan.FromMinutes(3));
        Assert.True(build.ExitCode == 0, build.Output + build.Error);
        var run = await NodeScripts.RunAsync("node", ["dist/main.js", _server.GraphQLUrl], folder, TimeSpan.FromMinutes(2));

        AssertAgrees("typescript", run);
    }

    private void AssertAgrees(string client, (int ExitCode, string Output, string Error) run)
    {
        Assert.True(run.ExitCode == 0, run.Error);
        var line = NodeScripts.LastJsonLine(run.Output);
        Assert.Equal(client, (string?)line["client"]);
        line.Remove("client");
        Assert.True(JToken.DeepEquals(_expected, line), $"{client} printed {line.ToString(Newtonsoft.Json.Formatting.None)}; the API says {_expected!.ToString(Newtonsoft.Json.Formatting.None)}");
    }

    private static async Task RequireAsync(string file, string[] arguments, string what)
    {
        var available = (await NodeScripts.RunAsync(file, arguments, RepositoryPaths.Root, TimeSpan.FromMinutes(1))).ExitCode == 0;
        if (!available && Environment.GetEnvironmentVariable("OPENGCM_REQUIRE_EXAMPLES") == "1")
        {
            Assert.Fail($"{what} is required (OPENGCM_REQUIRE_EXAMPLES=1) but missing.");
        }

        Skip.IfNot(available, $"{what} is missing; .ci/run installs it.");
    }
}
