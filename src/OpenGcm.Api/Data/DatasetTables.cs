using System.Text.Json;

namespace OpenGcm.Api.Data;

/// Describes each table of a dataset from data/datapackage.json (title, edition, licence, attribution).
public static class DatasetTables
{
    public static IEnumerable<DatasetTable> Describe(Dataset dataset, string dataDirectory)
    {
        using var package = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(dataDirectory, "datapackage.json")));
        var resources = package.RootElement.GetProperty("resources").EnumerateArray()
            .ToDictionary(r => r.GetProperty("name").GetString()!, r => r.Clone(), StringComparer.Ordinal);
        return dataset.Tables.Select((table, position) =>
        {
            resources.TryGetValue(table.Name, out var resource);
            var licence = First(resource, "licenses");
            return new DatasetTable
            {
                Name = table.Name,
                Position = position,
                Rows = table.Rows,
                Title = Text(resource, "title"),
                Provider = Text(First(resource, "sources"), "title"),
                Edition = Text(resource, "edition"),
                Licence = Text(licence, "name"),
                Attribution = Text(licence, "attribution"),
            };
        }).ToList();
    }

    private static JsonElement First(JsonElement element, string name)
        => element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var list) && list.ValueKind == JsonValueKind.Array
            && list.GetArrayLength() > 0
            ? list[0]
            : default;

    private static string? Text(JsonElement element, string name)
        => element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value)
            && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
