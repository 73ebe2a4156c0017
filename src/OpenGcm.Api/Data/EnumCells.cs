namespace OpenGcm.Api.Data;

/// An enum's cells (`not_voting` for GcmVote.NotVoting), computed once per enum: the statistics
/// tables parse one per row, hundreds of thousands of times.
public static class EnumCells<TEnum>
    where TEnum : struct, Enum
{
    public static readonly IReadOnlyDictionary<string, TEnum> ByCell =
        Enum.GetValues<TEnum>().ToDictionary(e => CsvRow.SnakeCase(e.ToString()), e => e, StringComparer.Ordinal);

    public static readonly string Expected = $"one of {string.Join(", ", ByCell.Keys)}";
}
