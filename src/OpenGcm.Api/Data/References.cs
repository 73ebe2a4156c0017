using System.Globalization;
using OpenGcm.Api.Sources;

namespace OpenGcm.Api.Data;

/// Checks the references of a row: its `sources` ids and its foreign keys.
public sealed class References(IReadOnlyDictionary<string, Source> sources)
{
    /// The `sources` cell: one or more ids of data/sources.csv separated by ';'.
    public string Sources(CsvRow row)
    {
        var value = row.Required("sources");
        foreach (var id in value.Split(';'))
        {
            if (id.Length == 0 || id.Trim() != id)
            {
                row.Error("sources", $"is '{value}': ids are separated by ';' without spaces");
            }
            else if (!sources.ContainsKey(id))
            {
                row.Error("sources", $"names '{id}', which is not an id in sources.csv");
            }
        }

        return value;
    }

    public TKey Key<TKey, T>(CsvRow row, string column, IReadOnlyDictionary<TKey, T> targets)
        where TKey : notnull
    {
        var text = row.Required(column);
        if (text.Length == 0)
        {
            return default!;
        }

        TKey key;
        if (typeof(TKey) == typeof(int))
        {
            if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
            {
                row.Error(column, $"is '{text}', not a whole number");
                return default!;
            }

            key = (TKey)(object)number;
        }
        else
        {
            key = (TKey)(object)text;
        }

        if (!targets.ContainsKey(key))
        {
            row.Error(column, $"is '{text}', which is not a known {typeof(T).Name}");
        }

        return key;
    }
}
