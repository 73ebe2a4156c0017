using System.Text.RegularExpressions;

namespace OpenGcm.Api.Tests.Spec;

/// Issue #14, rely on the schema: the check `.ci/run` runs (tests/spec/schema-check.mjs) passes the schema as it is,
/// passes an added field, fails a removed field naming it, and accepts a removal only when the policy's steps
/// (deprecated in the released schema, at least 6 months, recorded) are in docs/SCHEMA-CHANGES.md.
public sealed partial class SchemaCheckTests : IDisposable
{
    private static readonly string Scripts = Path.Combine(RepositoryPaths.Root, "tests", "spec");
    private static readonly string Schema = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "schema.graphql"));
    private static readonly string Changes = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "docs", "SCHEMA-CHANGES.md"));
    private readonly string _folder = Directory.CreateTempSubdirectory("opengcm-schema-check-").FullName;

    [SkippableFact]
    public async Task The_schema_as_it_is_passes_against_the_released_one()
    {
        var (exitCode, output) = await CheckAsync(Path.Combine(RepositoryPaths.Root, "schema.graphql"));

        Assert.True(exitCode == 0, output);
        Assert.Contains("no unrecorded breaking change", output, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Adding_a_field_passes()
    {
        var added = Schema.Replace("type State implements Node {\n", "type State implements Node {\n  \"A new field.\"\n  population: Int\n", StringComparison.Ordinal);
        Assert.NotEqual(Schema, added);

        var (exitCode, output) = await CheckAsync(Write("current.graphql", added));

        Assert.True(exitCode == 0, output);
    }

    [SkippableFact]
    public async Task Removing_a_field_fails_naming_the_field()
    {
        var (exitCode, output) = await CheckAsync(Write("current.graphql", WithoutIso2(Schema)));

        Assert.Equal(1, exitCode);
        Assert.Contains("BREAKING FIELD_REMOVED: State.iso2 was removed.", output, StringComparison.Ordinal);
    }

    [SkippableTheory]
    [InlineData("2026-01-10", "2026-07-20", true, 0)]
    [InlineData("2026-06-01", "2026-07-20", true, 1)]
    [InlineData("2026-01-10", "2026-07-20", false, 1)]
    public async Task A_removal_passes_only_with_the_policys_steps_recorded(string deprecatedOn, string removedOn, bool deprecatedInRelease, int expectedExit)
    {
        var released = deprecatedInRelease
            ? Schema.Replace("  iso2: String!\n", "  iso2: String! @deprecated(reason: \"Use iso3.\")\n", StringComparison.Ordinal)
            : Schema;
        Directory.CreateDirectory(Path.Combine(_folder, "released"));
        Write(Path.Combine("released", "2026-01-10.graphql"), released);
        var changes = Write("SCHEMA-CHANGES.md", Changes.TrimEnd() + $"\n| `State.iso2` | {deprecatedOn} | {removedOn} | replaced by iso3 |\n");

        var (exitCode, output) = await CheckAsync(Write("current.graphql", WithoutIso2(Schema)), Path.Combine(_folder, "released"), changes);

        Assert.True(exitCode == expectedExit, output);
        Assert.Contains("State.iso2", output, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static string WithoutIso2(string schema)
    {
        var removed = Iso2Field().Replace(schema, "\n", 1);
        Assert.NotEqual(schema, removed);
        return removed;
    }

    private string Write(string name, string text)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, text);
        return path;
    }

    private static async Task<(int ExitCode, string Output)> CheckAsync(string current, string? released = null, string? changes = null)
    {
        Skip.IfNot(await NodeScripts.NodeIsAvailableAsync(), "Node.js is not on PATH.");
        await NodeScripts.EnsureInstalledAsync(Scripts);
        var arguments = new List<string> { "schema-check.mjs", "--current", current };
        if (released is not null)
        {
            arguments.AddRange(["--released", released]);
        }

        if (changes is not null)
        {
            arguments.AddRange(["--changes", changes]);
        }

        var run = await NodeScripts.NodeAsync(Scripts, [.. arguments]);
        return (run.ExitCode, run.Output + run.Error);
    }

    [GeneratedRegex("\n  \"[^\"\n]*\"\n  iso2: String!\n")]
    private static partial Regex Iso2Field();
}
