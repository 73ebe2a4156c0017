using System.Globalization;
using System.Text.Json.Nodes;
using CsvHelper;

namespace OpenGcm.GraphQL.Http;

/// Flattens the first list of a result into CSV (RFC 4180, header row): nested objects become
/// dotted columns, lists become their values joined with ';' (a list of objects per leaf column).
public static class CsvResult
{
    public static JsonArray? FirstList(JsonNode? node) => FindFirstList(node)?.Rows;

    /// The first list in the data, depth first in property order, and the response names leading to it.
    public static (JsonArray Rows, IReadOnlyList<string> Path)? FindFirstList(JsonNode? node) => node switch
    {
        JsonArray array => (array, []),
        JsonObject obj => obj
            .Select(p => FindFirstList(p.Value) is { } found ? (found.Rows, (IReadOnlyList<string>)[p.Key, .. found.Path]) : ((JsonArray,
                IReadOnlyList<string>)?)null)
            .FirstOrDefault(found => found is not null),
        _ => null,
    };

    /// `columns` from the query (CsvColumns) when known, so the header does not depend on the data;
    /// otherwise the leaf paths found in the rows.
    public static void Write(JsonArray rows, TextWriter writer, IReadOnlyList<string>? columns = null)
    {
        var flattened = rows.Select(row =>
        {
            var cells = new Dictionary<string, List<string>>(StringComparer.Ordinal);
            Flatten(row, string.Empty, cells);
            return cells;
        }).ToList();
        columns ??= flattened.SelectMany(r => r.Keys).Distinct(StringComparer.Ordinal).ToList();

        using var csv = new CsvWriter(writer, CultureInfo.InvariantCulture, leaveOpen: true);
        foreach (var column in columns)
        {
            csv.WriteField(column.Length == 0 ? "value" : column);
        }

        csv.NextRecord();
        foreach (var row in flattened)
        {
            foreach (var column in columns)
            {
                csv.WriteField(row.TryGetValue(column, out var values) ? string.Join(';', values) : string.Empty);
            }

            csv.NextRecord();
        }
    }

    private static void Flatten(JsonNode? node, string path, Dictionary<string, List<string>> cells)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (name, value) in obj)
                {
                    Flatten(value, path.Length == 0 ? name : $"{path}.{name}", cells);
                }

                break;
            case JsonArray array:
                foreach (var item in array)
                {
                    Flatten(item, path, cells);
                }

                break;
            default:
                if (!cells.TryGetValue(path, out var list))
                {
                    cells[path] = list = [];
                }

                if (node is not null)
                {
                    list.Add(node.GetValueKind() == System.Text.Json.JsonValueKind.String ? node.GetValue<string>() : node.ToJsonString());
                }

                break;
        }
    }
}
