using OpenGcm.Api.Areas;
using OpenGcm.Api.Data;

namespace OpenGcm.Api.Displacement;

/// data/displacement.csv: UNHCR forcibly displaced and stateless people by origin and country of asylum (one source,
/// named in datapackage.json). Codes UNHCR uses that are no M49 area (e.g. `UNK`) keep their name and no area.
public sealed class DisplacementFile : DataFile
{
    public override int Position => 150;

    public override LoadedTable Read(DataReading reading)
    {
        var areas = reading.Keys<string, Area>();
        var id = 0;
        string[] measures = ["refugees", "asylum_seekers", "returned_refugees", "idps", "returned_idps", "stateless", "others_of_concern",
            "other_in_need_of_international_protection", "host_community"];
        string[] columns = ["year", "origin_code", "origin_name", "asylum_code", "asylum_name", .. measures];
        var rows = reading.Csv("displacement.csv", columns, r =>
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
        });
        CellChecks.Unique(rows, d => (d.Year, d.OriginCode, d.AsylumCode), reading.Errors, "year, origin_code, asylum_code");
        return LoadedTable.Of("displacement", rows, bulk: true);
    }
}
