using OpenGcm.Api.Data;

namespace OpenGcm.Api.Objectives;

/// data/guiding_principles.csv: the 10 guiding principles of the Global Compact.
public sealed class GuidingPrinciplesFile : DataFile
{
    public override int Position => 80;

    public override LoadedTable Read(DataReading reading)
    {
        var refs = reading.References;
        var principles = reading.Csv("guiding_principles.csv", ["key", "letter", "name", "sources"], r => new GuidingPrinciple
        {
            Key = r.Required("key"),
            Letter = r.Required("letter"),
            Name = r.Required("name"),
            SourceIds = refs.Sources(r),
        });
        CellChecks.Unique(principles, p => p.Key, reading.Errors, "key");
        return LoadedTable.Of("guiding_principles", principles, bulk: true);
    }
}
