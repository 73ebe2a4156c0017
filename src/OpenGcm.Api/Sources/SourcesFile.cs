using OpenGcm.Api.Data;

namespace OpenGcm.Api.Sources;

/// data/sources.csv: every source the other files cite by id. Read first: every row of every other file names some.
public sealed class SourcesFile : DataFile
{
    public override int Position => 10;

    public override LoadedTable Read(DataReading reading)
    {
        var sources = reading.Csv("sources.csv", ["id", "title", "url", "licence", "notes"], r => new Source
        {
            Id = r.Required("id"),
            Title = r.Required("title"),
            Url = CellChecks.RequiredUrl(r, "url"),
            Licence = r.Optional("licence"),
            Notes = r.Optional("notes"),
        });
        reading.Index(sources, s => s.Id, "id");
        return LoadedTable.Of("sources", sources, bulk: true);
    }
}
