using OpenGcm.Api.Areas;
using OpenGcm.Api.Data;

namespace OpenGcm.Api.MissingMigrants;

/// data/missing_migrants.csv: IOM Missing Migrants Project incidents (one source, named in datapackage.json).
public sealed class MissingMigrantsFile : DataFile
{
    public override int Position => 160;

    public override LoadedTable Read(DataReading reading)
    {
        var refs = reading.References;
        var areas = reading.Keys<string, Area>();
        string[] columns = ["id", "incident_date", "record_type", "route", "country_iso3", "dead_and_missing", "survivors", "cause", "origin_codes",
            "location", "latitude", "longitude"];
        var rows = reading.Csv("missing_migrants.csv", columns, r =>
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
        });
        CellChecks.Unique(rows, m => m.Id, reading.Errors, "id");
        return LoadedTable.Of("missing_migrants", rows, bulk: true);
    }
}
