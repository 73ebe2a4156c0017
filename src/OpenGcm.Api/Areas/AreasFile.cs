using OpenGcm.Api.Data;
using OpenGcm.Api.States;

namespace OpenGcm.Api.Areas;

/// data/areas.csv: every country or area of UN M49, with its names in the six UN languages. Written by EF Core (the
/// names are owned types), the other tables by one prepared INSERT each.
public sealed class AreasFile : DataFile
{
    private static readonly string[] AreaColumns =
    [
        "iso3", "iso2", "m49", "name", "region", "sub_region", "intermediate_region", "ldc", "lldc", "sids", "is_state",
        .. new[] { "en", "fr", "es", "ru", "zh", "ar" }.SelectMany(l => new[] { $"name_{l}_short", $"name_{l}_formal" }),
        "sources",
    ];

    public override int Position => 30;

    public override LoadedTable Read(DataReading reading)
    {
        var refs = reading.References;
        var states = reading.Keys<string, State>();
        var areas = reading.Csv("areas.csv", AreaColumns, r =>
        {
            var iso3 = CellChecks.Code(r, "iso3", 3);
            var isState = r.Bool("is_state");
            if (isState != states.ContainsKey(iso3))
            {
                r.Error("is_state", isState ? $"is true, but '{iso3}' is not in states.csv" : $"is false, but '{iso3}' is in states.csv");
            }

            return new Area
            {
                Iso3 = iso3,
                Iso2 = r.Optional("iso2"),
                M49 = CellChecks.M49(r),
                Name = r.Required("name"),
                Region = r.Optional("region"),
                SubRegion = r.Optional("sub_region"),
                IntermediateRegion = r.Optional("intermediate_region"),
                Ldc = r.Bool("ldc"),
                Lldc = r.Bool("lldc"),
                Sids = r.Bool("sids"),
                IsState = isState,
                Names = new LocalizedNames
                {
                    En = Name(r, "en"),
                    Fr = Name(r, "fr"),
                    Es = Name(r, "es"),
                    Ru = Name(r, "ru"),
                    Zh = Name(r, "zh"),
                    Ar = Name(r, "ar")
                },
                SourceIds = refs.Sources(r),
            };
        });
        var byIso3 = reading.Index(areas, a => a.Iso3, "iso3");
        foreach (var state in states.Keys.Where(iso3 => !byIso3.ContainsKey(iso3)))
        {
            reading.Errors.Add(areas.File, 0, $"State '{state}' of states.csv has no row");
        }

        return LoadedTable.Of("areas", areas);
    }

    private static LocalizedName Name(CsvRow row, string language)
        => new() { Short = row.Optional($"name_{language}_short"), Formal = row.Optional($"name_{language}_formal") };
}
