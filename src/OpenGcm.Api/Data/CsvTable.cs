using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;

namespace OpenGcm.Api.Data;

/// Reads one data file whose header must be exactly the declared columns.
public static class CsvTable
{
    public static Rows<T> Read<T>(string dataDirectory, string fileName, IReadOnlyList<string> columns, Func<CsvRow, T> map, DataErrors errors)
    {
        var display = $"{Path.GetFileName(dataDirectory)}/{fileName}";
        var path = Path.Combine(dataDirectory, fileName);
        var rows = new Rows<T>(display);
        if (!File.Exists(path))
        {
            errors.Add(display, 0, "file is missing");
            return rows;
        }

        var config = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            DetectColumnCountChanges = false,
            BadDataFound = null,
        };
        using var reader = new StreamReader(path, new System.Text.UTF8Encoding(false, true));
        using var csv = new CsvReader(reader, config);
        try
        {
            if (!csv.Read() || !csv.ReadHeader() || csv.HeaderRecord is null)
            {
                errors.Add(display, 1, "has no header row");
                return rows;
            }

            var header = csv.HeaderRecord;
            var missing = columns.Except(header).ToList();
            var unknown = header.Except(columns).ToList();
            missing.ForEach(column => errors.Add(display, 1, $"missing column '{column}'"));
            unknown.ForEach(column => errors.Add(display, 1, $"unknown column '{column}' (declare it in datapackage.json and the loader first)"));
            if (missing.Count > 0 || unknown.Count > 0)
            {
                return rows;
            }

            var index = header.Select((name, i) => (name, i)).ToDictionary(x => x.name, x => x.i, StringComparer.Ordinal);
            while (csv.Read())
            {
                var line = csv.Parser.RawRow;
                if (csv.Parser.Count != header.Length)
                {
                    errors.Add(display, line, $"has {csv.Parser.Count} cells, the header has {header.Length}");
                    continue;
                }

                var values = new string[header.Length];
                for (var i = 0; i < values.Length; i++)
                {
                    values[i] = csv.Parser[i].Trim();
                }

                rows.Add(map(new CsvRow(display, line, index, values, errors)));
                rows.Lines.Add(line);
            }
        }
        catch (Exception ex) when (ex is CsvHelperException or System.Text.DecoderFallbackException)
        {
            errors.Add(display, csv.Parser.RawRow, $"cannot be read as UTF-8 CSV ({ex.GetType().Name})");
        }

        return rows;
    }
}

/// The rows of one file with the line each came from.
public sealed class Rows<T>(string file) : List<T>
{
    public string File => file;

    public List<int> Lines { get; } = [];
}
