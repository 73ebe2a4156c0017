using System.Collections.Concurrent;

namespace OpenGcm.GraphQL.Snapshots;

/// Orders values as SQLite's ORDER BY orders what EF Core stored: text by the BINARY collation (the bytes of
/// UTF-8, which is code point order, not the UTF-16 order of string.CompareOrdinal), enums stored as text by
/// their names, other values by value; a missing value (NULL) first.
public static class SnapshotOrder
{
    private static readonly ConcurrentDictionary<Type, IComparer<object?>> Enums = new();

    /// Text in SQLite's BINARY order; null first.
    public static IComparer<string?> Text { get; } = Comparer<string?>.Create(CompareText);

    /// The order of values of this (possibly nullable) type, boxed.
    public static IComparer<object?> For(Type type)
    {
        var underlying = Nullable.GetUnderlyingType(type) ?? type;
        if (underlying == typeof(string))
        {
            return Comparer<object?>.Create((a, b) => CompareText((string?)a, (string?)b));
        }

        return underlying.IsEnum ? Enums.GetOrAdd(underlying, ByName) : Comparer<object?>.Default;
    }

    public static int CompareText(string? a, string? b)
    {
        if (a is null || b is null)
        {
            return a is null ? (b is null ? 0 : -1) : 1;
        }

        var common = a.AsSpan().CommonPrefixLength(b);
        if (common == a.Length || common == b.Length)
        {
            return a.Length - b.Length;
        }

        int x = a[common], y = b[common];
        if (x >= 0xD800 && y >= 0xD800)
        {
            // UTF-16 puts U+E000-U+FFFF above the surrogates; in code point (UTF-8) order they come before.
            x = CodePointOrder(x);
            y = CodePointOrder(y);
        }

        return x - y;
    }

    private static int CodePointOrder(int unit) => unit >= 0xE000 ? unit - 0x800 : unit + 0x2000;

    private static IComparer<object?> ByName(Type type)
    {
        var rank = Enum.GetValues(type).Cast<object>()
            .OrderBy(v => Enum.GetName(type, v), Text)
            .Select((v, i) => (v, i))
            .ToDictionary(p => p.v, p => p.i);
        return Comparer<object?>.Create((a, b) => a is null || b is null ? (a is null ? (b is null ? 0 : -1) : 1) : rank[a] - rank[b]);
    }
}
