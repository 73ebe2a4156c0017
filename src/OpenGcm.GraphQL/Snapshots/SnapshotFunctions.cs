using System.Reflection;

namespace OpenGcm.GraphQL.Snapshots;

/// SQLite's functions where .NET's differ, called by the delegates SnapshotExpressions compiles on what reads the row.
public static class SnapshotFunctions
{
    public static MethodInfo Method(string name) => typeof(SnapshotFunctions).GetMethod(name)!;

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

    /// SQLite's length() of text: characters (code points), not UTF-16 units, up to the first NUL.
    public static int CharacterLength(string text)
    {
        var end = text.IndexOf('\0', StringComparison.Ordinal);
        var span = end < 0 ? text.AsSpan() : text.AsSpan(0, end);
        var surrogatePairs = 0;
        for (var i = 0; i + 1 < span.Length; i++)
        {
            if (char.IsSurrogatePair(span[i], span[i + 1]))
            {
                surrogatePairs++;
                i++;
            }
        }

        return span.Length - surrogatePairs;
    }

    /// SQLite's substr(text, start + 1, length) (EF Core's translation of Substring), counting characters (code points).
    public static string Substr(string text, int start, int length)
    {
        if (!text.AsSpan().ContainsAnyInRange('\uD800', '\uDFFF'))
        {
            start = Math.Clamp(start, 0, text.Length);
            return text.Substring(start, Math.Clamp(length, 0, text.Length - start));
        }

        var runes = text.EnumerateRunes().Select(r => r.ToString()).ToList();
        start = Math.Clamp(start, 0, runes.Count);
        return string.Concat(runes.Skip(start).Take(Math.Max(0, length)));
    }

    /// SQLite's instr() (EF Core's translation of IndexOf), 0-based as IndexOf: ordinal, never culture-aware.
    public static int IndexOfOrdinal(string? text, string? value)
        => text is null || value is null ? -1 : text.IndexOf(value, StringComparison.Ordinal);
}
