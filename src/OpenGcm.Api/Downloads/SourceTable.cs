using System.Globalization;
using CsvHelper;
using OpenGcm.Api.Sources;

namespace OpenGcm.Api.Downloads;

/// data/sources.csv read on its own (id, title, url, licence), for the archive's LICENCES.md: the archive is
/// written from data/ and must not depend on the database being open.
public static class SourceTable
{
    public static IReadOnlyList<Source> Read(string path)
    {
        if (!File.Exists(path))
        {
            return [];
        }

        using var reader = new StreamReader(path);
        using var csv = new CsvReader(reader, CultureInfo.InvariantCulture);
        var sources = new List<Source>();
        csv.Read();
        csv.ReadHeader();
        while (csv.Read())
        {
            var licence = csv.GetField("licence");
            sources.Add(new Source
            {
                Id = csv.GetField("id") ?? string.Empty,
                Title = csv.GetField("title") ?? string.Empty,
                Url = csv.GetField("url") ?? string.Empty,
                Licence = string.IsNullOrEmpty(licence) ? null : licence,
            });
        }

        return sources;
    }
}
