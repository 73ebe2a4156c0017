using OpenGcm.Api.Data;

namespace OpenGcm.Api.States;

/// data/states.csv: the 193 UN Member States and 2 observer States.
public sealed class StatesFile : DataFile
{
    public override int Position => 20;

    public override LoadedTable Read(DataReading reading)
    {
        var refs = reading.References;
        var states = reading.Csv("states.csv", ["iso3", "iso2", "m49", "name", "un_status", "region", "sub_region", "intermediate_region",
            "sources"], r => new State
            {
                Iso3 = CellChecks.Code(r, "iso3", 3),
                Iso2 = CellChecks.Code(r, "iso2", 2),
                M49 = CellChecks.M49(r),
                Name = r.Required("name"),
                UnStatus = r.Enum<UnStatus>("un_status"),
                Region = r.Optional("region"),
                SubRegion = r.Optional("sub_region"),
                IntermediateRegion = r.Optional("intermediate_region"),
                SourceIds = refs.Sources(r),
            });
        reading.Index(states, s => s.Iso3, "iso3");
        CellChecks.Unique(states, s => s.Iso2, reading.Errors, "iso2");
        CellChecks.Unique(states, s => s.M49, reading.Errors, "m49");
        return LoadedTable.Of("states", states, bulk: true);
    }
}
