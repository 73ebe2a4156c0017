using System.Text.RegularExpressions;

namespace OpenGcm.Api.Tests.Data;

/// The counts data/README.md states, read from it: a test compares the data with the README's
/// number, so the number is written once (in the README) and a test fails when the data move.
public static partial class DataReadme
{
    public static string Text { get; } = File.ReadAllText(Path.Combine(RepositoryPaths.Data, "README.md"));

    /// The `rows` column of the "Files" table, by file name (`states.csv` → 195).
    public static IReadOnlyDictionary<string, int> FileRows { get; } = ReadFileRows();

    /// The rows the "Files" table states for one file.
    public static int Rows(string file)
        => FileRows.TryGetValue(file, out var rows) ? rows : throw new KeyNotFoundException($"data/README.md: no row for {file} in the Files table");

    /// The number in the one place that `pattern` matches, captured as the group `n`, e.g.
    /// `Regional reviews \((?<n>\d+)\)`. Fails when the README states it nowhere or more than once.
    public static int Count(string pattern)
    {
        var matches = Regex.Matches(Text, pattern);
        Assert.True(matches.Count == 1, $"data/README.md: /{pattern}/ matches {matches.Count} times, expected once");
        return int.Parse(matches[0].Groups["n"].Value, System.Globalization.CultureInfo.InvariantCulture);
    }

    private static Dictionary<string, int> ReadFileRows()
    {
        var section = Text[Text.IndexOf("\n## Files", StringComparison.Ordinal)..];
        var lines = section.Split('\n').SkipWhile(l => !l.StartsWith('|')).TakeWhile(l => l.StartsWith('|')).ToList();
        var header = Cells(lines[0]);
        int file = Array.IndexOf(header, "file"), rows = Array.IndexOf(header, "rows");
        if (file < 0 || rows < 0)
        {
            throw new InvalidOperationException("data/README.md: the Files table has no 'file' and 'rows' columns");
        }

        return lines.Skip(2).Select(Cells).ToDictionary(
            c => c[file].Trim('`'),
            c => int.Parse(c[rows], System.Globalization.NumberStyles.AllowThousands, System.Globalization.CultureInfo.InvariantCulture),
            StringComparer.Ordinal);
    }

    private static string[] Cells(string line) => [.. line.Trim().Trim('|').Split('|').Select(c => c.Trim())];
}
