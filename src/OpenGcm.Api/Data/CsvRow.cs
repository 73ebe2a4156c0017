using System.Globalization;

namespace OpenGcm.Api.Data;

/// One data row with typed, validated access to its cells; a bad cell becomes a `file:line:` error.
public sealed class CsvRow(string file, int line, IReadOnlyDictionary<string, int> columns, string[] values, DataErrors errors)
{
    public string? Optional(string column)
    {
        var value = values[columns[column]];
        return value.Length == 0 ? null : value;
    }

    public string Required(string column)
    {
        var value = Optional(column);
        if (value is null)
        {
            Error(column, "is empty but required");
        }

        return value ?? string.Empty;
    }

    public int Int(string column) => OptionalInt(column, required: true) ?? 0;

    public int? OptionalInt(string column, bool required = false)
        => Parse(column, required, "a whole number", v => int.TryParse(v, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture,
            out var n) ? n : (int?)null);

    public long Long(string column)
        => Parse(column, true, "a whole number", v => long.TryParse(v, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : (long?)null) ?? 0;

    public double? OptionalDouble(string column)
        => Parse(column, false, "a decimal number", v => double.TryParse(v, NumberStyles.Float, CultureInfo.InvariantCulture,
            out var n) ? n : (double?)null);

    public DateOnly? OptionalDate(string column)
        => Parse(column, false, "a date YYYY-MM-DD", v => DateOnly.TryParseExact(v, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None,
            out var d) ? d : (DateOnly?)null);

    /// `true` or `false`, as the data files write booleans.
    public bool Bool(string column)
    {
        var value = Required(column);
        if (value is not ("true" or "false") && value.Length > 0)
        {
            Error(column, $"is '{value}', not true or false");
        }

        return value == "true";
    }

    public TEnum Enum<TEnum>(string column)
        where TEnum : struct, Enum
        => OptionalEnum<TEnum>(column, required: true) ?? default;

    /// Enum cells are the snake_case of the member name: `not_voting` is GcmVote.NotVoting.
    public TEnum? OptionalEnum<TEnum>(string column, bool required = false)
        where TEnum : struct, Enum
        => Parse<TEnum>(column, required, EnumCells<TEnum>.Expected, v => EnumCells<TEnum>.ByCell.TryGetValue(v, out var value) ? value : null);

    public void Error(string column, string message) => errors.Add(file, line, $"column '{column}' {message}");

    public static string SnakeCase(string name)
        => string.Concat(name.Select((c, i) => char.IsUpper(c) ? (i > 0 ? "_" : string.Empty) + char.ToLowerInvariant(c) : c.ToString()));

    private T? Parse<T>(string column, bool required, string expected, Func<string, T?> parse)
        where T : struct
    {
        var value = required ? Required(column) : Optional(column);
        if (string.IsNullOrEmpty(value))
        {
            return null;
        }

        var parsed = parse(value);
        if (parsed is null)
        {
            Error(column, $"is '{value}', not {expected}");
        }

        return parsed;
    }
}
