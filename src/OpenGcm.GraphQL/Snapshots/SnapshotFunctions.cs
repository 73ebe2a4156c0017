namespace OpenGcm.GraphQL.Snapshots;

/// SQLite's functions where C#'s differ, called by the delegates SnapshotExpressions compiles.
public static class SnapshotFunctions
{
    /// SQLite's lower() (EF Core's translation of ToLower): only A-Z are changed; null stays null.
    public static string? AsciiLower(string? text)
    {
        if (text is null)
        {
            return null;
        }

        var first = text.AsSpan().IndexOfAnyInRange('A', 'Z');
        if (first < 0)
        {
            return text;
        }

        return string.Create(text.Length, (text, first), static (span, state) =>
        {
            state.text.AsSpan().CopyTo(span);
            for (var i = state.first; i < span.Length; i++)
            {
                if (span[i] is >= 'A' and <= 'Z')
                {
                    span[i] = (char)(span[i] + ('a' - 'A'));
                }
            }
        });
    }

    /// SQLite's instr() (EF Core's translation of IndexOf), 0-based as IndexOf: ordinal, never culture-aware.
    public static int IndexOfOrdinal(string? text, string? value)
        => text is null || value is null ? -1 : text.IndexOf(value, StringComparison.Ordinal);
}
