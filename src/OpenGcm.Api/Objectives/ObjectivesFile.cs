using OpenGcm.Api.Data;

namespace OpenGcm.Api.Objectives;

/// data/objectives.csv: the 23 objectives of the Global Compact.
public sealed class ObjectivesFile : DataFile
{
    public override int Position => 70;

    public override LoadedTable Read(DataReading reading)
    {
        var refs = reading.References;
        var objectives = reading.Csv("objectives.csv", ["number", "title", "label", "sources"], r => new Objective
        {
            Number = r.Int("number"),
            Title = r.Required("title"),
            Label = r.Optional("label"),
            SourceIds = refs.Sources(r),
        });
        reading.Index(objectives, o => o.Number, "number");
        return LoadedTable.Of("objectives", objectives, bulk: true);
    }
}
