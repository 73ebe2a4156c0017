using OpenGcm.Api.Graph;
using OpenGcm.Api.Objectives;
using OpenGcm.Api.States;
using OpenGcm.GraphQL.Lists;

namespace OpenGcm.Api.Reports;

/// A report's fields and what lists of reports offer on each: one line per field.
public static class ReportList
{
    public static readonly ListDefinition<Report, string> Definition = new ListDefinition<Report, string>("Report", "Reports", r => r.Id)
        .Field("key", r => r.Id, "Natural key in data/reports.csv, e.g. `sg-a-75-542`; `report(id:)` accepts it too.", Use.All)
        .Field("title", r => r.Title, "Title as the source gives it (in its language).", Use.All)
        .Field("kind", r => r.Kind, "What kind of document this is (sorted by stored name).", Use.All | Use.Group)
        .Field("symbol", r => r.Symbol, "UN document symbol, e.g. `A/75/542`; null when the document has none or it could not be confirmed.", Use.All)
        .Field(
            "year",
            r => r.Year,
            "Year of the document, or of the meeting for a regional review; null when no source gives it (missing years first in ASC).",
            Use.All | Use.Group)
        .Field(
            "publishedOn",
            r => r.PublishedOn,
            "Day the document was dated, released or adopted, when a source gives the exact day.",
            Use.All,
            typeof(CalendarDateGraphType))
        .Field("url", r => r.Url, "Where the document can be read; for some voluntary reviews a third-party copy (see `notes`).")
        .Field(
            "undocsUrl",
            r => r.Symbol != null ? "https://undocs.org/" + r.Symbol : null,
            "The official text through the UN's document-symbol resolver, `https://undocs.org/` + `symbol`; null when the report has no symbol. "
            + "Derived from the symbol, not from a source.")
        .Field("region", r => r.Region, "Region a regional review covers, as its organiser names it.", Use.Output | Use.Filter | Use.Group)
        .Field("organizer", r => r.Organizer, "Who held a regional review (UN regional commission and partners).", Use.Output | Use.Filter)
        .Field(
            "reviewCycle",
            r => r.ReviewCycle,
            "The review forum this report informs: `IMRF-2022` or `IMRF-2026`; null when not determinable.",
            Use.All | Use.Group)
        .Field(
            "status",
            r => r.Status,
            "What the sources say of the document's state, in their words (e.g. `report text seen`, `in preparation`, `held`, `announced`).")
        .Field("confidence", r => r.Confidence, "Confidence in this row: `high`, `medium-high`, `medium`, `medium-low` or `low` (see data/README.md).")
        .Field("notes", r => r.Notes, "Caveats and context from the sources.")
        .Field(
            "verifiedOn",
            r => r.VerifiedOn,
            "Day the row was last checked against its sources (`status` is as of that day); null where no check date is recorded.",
            Use.All,
            typeof(CalendarDateGraphType))
        .Object("state", r => r.State, () => StateList.Definition, "The State of a voluntary national review.", sortable: true)
        .List("objectives", r => r.Objectives, () => ObjectiveList.Definition, "Objectives the report covers.")
        .Group("STATE", r => r.StateIso3, "ISO alpha-3 of the State of a voluntary review (null for other kinds).")
        .GroupMany(
            "OBJECTIVE",
            r => r.Objectives.Select(o => o.Number),
            "Objective number; a report covering three objectives counts once for each, one covering none is not counted.")
        .PlaceBefore(Use.Filter | Use.Sort, "kind", "title")
        .PlaceBefore(Use.Group, "REGION", "OBJECTIVE");
}
