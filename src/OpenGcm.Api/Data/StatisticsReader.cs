using OpenGcm.Api.Areas;
using OpenGcm.Api.Displacement;
using OpenGcm.Api.MigrantStocks;
using OpenGcm.Api.MissingMigrants;
using OpenGcm.Api.States;

namespace OpenGcm.Api.Data;

/// Reads and validates the areas and the three statistics tables (UN DESA, UNHCR, IOM). The
/// statistics files carry no `sources` column: each table has one source, named in datapackage.json.
public static class StatisticsReader
{
    private static readonly string[] AreaColumns =
    [
        "iso3", "iso2", "m49", "name", "region", "sub_region", "intermediate_region", "ldc", "lldc", "sids", "is_state",
        .. new[] { "en", "fr", "es", "ru", "zh", "ar" }.SelectMany(l => new[] { $"name_{l}_short", $"name_{l}_formal" }),
        "sources",
    ];

    public static Rows<Area> ReadAreas(string dataDirectory, References refs, IReadOnlyDictionary<string, State> states, DataErrors errors)
    {
        var areas = CsvTable.Read(dataDirectory, "areas.csv", AreaColumns, r =>
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
        }, errors);
        var byIso3 = CellChecks.Unique(areas, a => a.Iso3, errors, "iso3");
        foreach (var state in states.Keys.Where(iso3 => !byIso3.ContainsKey(iso3)))
        {
            errors.Add(areas.File, 0, $"State '{state}' of states.csv has no row");
        }

        return areas;
    }

    public static Rows<MigrantStockEstimate> ReadMigrantStock(string dataDirectory, References refs, IReadOnlyDictionary<string, Area> areas, DataErrors errors)
    {
        var id = 0;
        string[] columns = ["destination_iso3", "year", "origin_code", "sex", "migrants", "basis_foreign_born", "basis_citizenship",
            "includes_refugees", "imputed"];
        var rows = CsvTable.Read(dataDirectory, "migrant_stock_ims2024.csv", columns, r =>
        {
            var origin = r.Required("origin_code");
            return new MigrantStockEstimate
            {
                Id = ++id,
                DestinationIso3 = refs.Key(r, "destination_iso3", areas),
                Year = r.Int("year"),
                OriginCode = origin,
                OriginIso3 = origin == "OOO" ? null : refs.Key(r, "origin_code", areas),
                Sex = r.Enum<Sex>("sex"),
                Migrants = r.Int("migrants"),
                BasisForeignBorn = r.Bool("basis_foreign_born"),
                BasisCitizenship = r.Bool("basis_citizenship"),
                IncludesRefugees = r.Bool("includes_refugees"),
                Imputed = r.Bool("imputed"),
            };
        }, errors);
        CellChecks.Unique(rows, e => (e.DestinationIso3, e.Year, e.OriginCode, e.Sex), errors, "destination_iso3, year, origin_code, sex");
        return rows;
    }

    public static Rows<DisplacementFigure> ReadDisplacement(string dataDirectory, IReadOnlyDictionary<string, Area> areas, DataErrors errors)
    {
        var id = 0;
        string[] measures = ["refugees", "asylum_seekers", "returned_refugees", "idps", "returned_idps", "stateless", "others_of_concern",
            "other_in_need_of_international_protection", "host_community"];
        string[] columns = ["year", "origin_code", "origin_name", "asylum_code", "asylum_name", .. measures];
        var rows = CsvTable.Read(dataDirectory, "displacement.csv", columns, r =>
        {
            var origin = r.Required("origin_code");
            var asylum = r.Required("asylum_code");
            return new DisplacementFigure
            {
                Id = ++id,
                Year = r.Int("year"),
                OriginCode = origin,
                OriginName = r.Required("origin_name"),
                OriginIso3 = areas.ContainsKey(origin) ? origin : null,
                AsylumCode = asylum,
                AsylumName = r.Required("asylum_name"),
                AsylumIso3 = areas.ContainsKey(asylum) ? asylum : null,
                Refugees = r.OptionalInt("refugees"),
                AsylumSeekers = r.OptionalInt("asylum_seekers"),
                ReturnedRefugees = r.OptionalInt("returned_refugees"),
                Idps = r.OptionalInt("idps"),
                ReturnedIdps = r.OptionalInt("returned_idps"),
                Stateless = r.OptionalInt("stateless"),
                OthersOfConcern = r.OptionalInt("others_of_concern"),
                OtherInNeedOfInternationalProtection = r.OptionalInt("other_in_need_of_international_protection"),
                HostCommunity = r.OptionalInt("host_community"),
            };
        }, errors);
        CellChecks.Unique(rows, d => (d.Year, d.OriginCode, d.AsylumCode), errors, "year, origin_code, asylum_code");
        return rows;
    }

    public static Rows<MissingMigrantRecord> ReadMissingMigrants(string dataDirectory, References refs, IReadOnlyDictionary<string, Area> areas,
        DataErrors errors)
    {
        string[] columns = ["id", "incident_date", "record_type", "route", "country_iso3", "dead_and_missing", "survivors", "cause", "origin_codes",
            "location", "latitude", "longitude"];
        var rows = CsvTable.Read(dataDirectory, "missing_migrants.csv", columns, r =>
        {
            var date = r.OptionalDate("incident_date");
            if (date is null)
            {
                r.Required("incident_date");
            }

            return new MissingMigrantRecord
            {
                Id = r.Int("id"),
                IncidentDate = date ?? default,
                Year = date?.Year ?? 0,
                RecordType = r.Required("record_type"),
                Route = r.Optional("route"),
                CountryIso3 = r.Optional("country_iso3") is null ? null : refs.Key(r, "country_iso3", areas),
                DeadAndMissing = r.Int("dead_and_missing"),
                Survivors = r.OptionalInt("survivors"),
                Cause = r.Optional("cause"),
                OriginCodes = r.Optional("origin_codes"),
                Location = r.Optional("location"),
                Latitude = r.OptionalDouble("latitude"),
                Longitude = r.OptionalDouble("longitude"),
            };
        }, errors);
        CellChecks.Unique(rows, m => m.Id, errors, "id");
        return rows;
    }

    private static LocalizedName Name(CsvRow row, string language)
        => new() { Short = row.Optional($"name_{language}_short"), Formal = row.Optional($"name_{language}_formal") };
}
