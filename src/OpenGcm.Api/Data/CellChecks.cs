namespace OpenGcm.Api.Data;

/// Checks on cells and rows that several data files share: unique keys, ISO and M49 codes, URLs, dates.
public static class CellChecks
{
    public static Dictionary<TKey, T> Unique<T, TKey>(Rows<T> rows, Func<T, TKey> key, DataErrors errors, string keyName)
        where TKey : notnull
    {
        var seen = new Dictionary<TKey, T>();
        for (var i = 0; i < rows.Count; i++)
        {
            if (!seen.TryAdd(key(rows[i]), rows[i]))
            {
                errors.Add(rows.File, rows.Lines[i], $"duplicate key ({keyName}) = {key(rows[i])}");
            }
        }

        return seen;
    }

    /// A date as precise as its source: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    public static string? PartialDate(CsvRow row, string column)
    {
        var value = row.Optional(column);
        var formats = new[] { "yyyy", "yyyy-MM", "yyyy-MM-dd" };
        if (value is not null && !DateTime.TryParseExact(value, formats, System.Globalization.CultureInfo.InvariantCulture,
            System.Globalization.DateTimeStyles.None, out _))
        {
            row.Error(column, $"is '{value}', not YYYY, YYYY-MM or YYYY-MM-DD");
        }

        return value;
    }

    public static string Code(CsvRow row, string column, int length)
    {
        var value = row.Required(column);
        if (value.Length > 0 && (value.Length != length || !value.All(char.IsAsciiLetterUpper)))
        {
            row.Error(column, $"is '{value}', not {length} upper-case letters (ISO 3166-1)");
        }

        return value;
    }

    public static string M49(CsvRow row)
    {
        var value = row.Required("m49");
        if (value.Length > 0 && (value.Length != 3 || !value.All(char.IsAsciiDigit)))
        {
            row.Error("m49", $"is '{value}', not a 3-digit UN M49 code");
        }

        return value;
    }

    /// A URL that must be there: a source without one cannot be checked.
    public static string RequiredUrl(CsvRow row, string column)
        => Url(row, column) ?? row.Required(column);

    public static string? Url(CsvRow row, string column)
    {
        var value = row.Optional(column);
        if (value is not null && (!Uri.TryCreate(value, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps
            && uri.Scheme != Uri.UriSchemeHttp)))
        {
            row.Error(column, $"is '{value}', not an http(s) URL");
        }

        return value;
    }
}
