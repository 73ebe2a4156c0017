namespace OpenGcm.Api.Tests;

/// STYLE.md: lines under 160 characters, so code reads without scrolling and a long resolver line
/// is split into the builder calls it is made of.
public sealed class SourceLineTests
{
    private const int MaxLength = 160;

    [Fact]
    public void No_line_in_src_is_longer_than_160_characters()
    {
        var sources = CSharpFiles(new DirectoryInfo(Path.Combine(RepositoryPaths.Root, "src"))).ToList();
        var tooLong = sources
            .SelectMany(f => File.ReadLines(f).Select((line, i) => (File: Path.GetRelativePath(RepositoryPaths.Root, f), Line: i + 1, line.Length)))
            .Where(l => l.Length > MaxLength)
            .Select(l => $"{l.File}:{l.Line}: {l.Length} characters")
            .ToList();

        Assert.NotEmpty(sources);
        Assert.True(tooLong.Count == 0, string.Join("\n", tooLong));
    }

    /// The C# files under a folder, leaving out build outputs and npm packages.
    private static IEnumerable<string> CSharpFiles(DirectoryInfo folder)
        => folder.EnumerateFiles("*.cs").Select(f => f.FullName)
            .Concat(folder.EnumerateDirectories().Where(d => d.Name is not ("bin" or "obj" or "node_modules")).SelectMany(CSharpFiles));
}
