using OpenGcm.Api.Data;
using OpenGcm.Api.ImrfSessions;
using OpenGcm.Api.States;

namespace OpenGcm.Api.Reports;

/// data/reports.csv: Secretary-General reports, regional reviews, voluntary national reviews, outcome documents.
public sealed class ReportsFile : DataFile
{
    public override int Position => 120;

    public override LoadedTable Read(DataReading reading)
    {
        var refs = reading.References;
        var stateByIso3 = reading.Keys<string, State>();
        var forumByKey = reading.Keys<string, ImrfForum>();
        var reports = reading.Csv("reports.csv", ["id", "kind", "title", "symbol", "year", "published_on", "url", "state_iso3", "region",
            "organizer", "review_cycle", "status", "confidence", "notes", "verified_on", "sources"], r => new Report
            {
                Id = r.Required("id"),
                Kind = r.Enum<ReportKind>("kind"),
                Title = r.Required("title"),
                Symbol = r.Optional("symbol"),
                Year = r.OptionalInt("year"),
                PublishedOn = r.OptionalDate("published_on"),
                Url = CellChecks.Url(r, "url"),
                StateIso3 = r.Optional("state_iso3") is null ? null : refs.Key(r, "state_iso3", stateByIso3),
                Region = r.Optional("region"),
                Organizer = r.Optional("organizer"),
                ReviewCycle = r.Optional("review_cycle") is null ? null : refs.Key(r, "review_cycle", forumByKey),
                Status = r.Optional("status"),
                Confidence = r.Optional("confidence"),
                Notes = r.Optional("notes"),
                VerifiedOn = r.OptionalDate("verified_on"),
                SourceIds = refs.Sources(r),
            });
        reading.Index(reports, x => x.Id, "id");
        return LoadedTable.Of("reports", reports, bulk: true);
    }
}
