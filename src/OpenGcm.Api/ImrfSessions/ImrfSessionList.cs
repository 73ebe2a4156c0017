using OpenGcm.Api.Graph;
using OpenGcm.Api.Objectives;
using OpenGcm.GraphQL.Lists;

namespace OpenGcm.Api.ImrfSessions;

/// An IMRF session's fields and what lists of sessions offer on each: one line per field.
public static class ImrfSessionList
{
    public static readonly ListDefinition<ImrfSession, string> Definition = new ListDefinition<ImrfSession, string>("ImrfSession", "ImrfSessions", s => s.Id)
        .Field("key", s => s.Id, "Natural key in data/imrf_sessions.csv, e.g. `imrf-2022-round-table-3`; `imrfSession(id:)` accepts it too.", Use.All)
        .Field("forum", s => s.ForumKey, "The forum's key: `IMRF-2022` or `IMRF-2026`.", Use.All | Use.Group)
        .Field("kind", s => s.Kind, "What part of the forum this is (sorted by stored name).", Use.All | Use.Group)
        .Field("name", s => s.Name, "Name of the session as the sources describe it.", Use.All)
        .Field("number", s => s.Number, "Number of a round table (1-4); null for other kinds.", Use.All)
        .Field(
            "theme",
            s => s.Theme,
            "Title of a round table's theme as used in the 2020-21 regional reviews; likely, but not directly confirmed, to be the IMRF title.")
        .Field(
            "date",
            s => s.Date,
            "Day the session took place or starts; null when the sources give no exact day (see `dateNote`); missing days first in ASC.",
            Use.All,
            typeof(CalendarDateGraphType))
        .Field("endDate", s => s.EndDate, "Last day of a session that spans days; null otherwise.", Use.Output, typeof(CalendarDateGraphType))
        .Field("dateNote", s => s.DateNote, "The sources' own wording of the date when it is not a plain day, e.g. `2026-05-05 (expected)`.")
        .Field(
            "status",
            s => s.Status,
            "Status as of `verifiedOn`: a record (HELD), an announcement (ANNOUNCED) or an expectation from the format (EXPECTED_PER_FORMAT).",
            Use.Output | Use.Filter | Use.Group)
        .Field("confidence", s => s.Confidence, "Confidence in this row: `high`, `medium-high`, `medium`, `medium-low` or `low` (see data/README.md).")
        .Field("notes", s => s.Notes, "Caveats and context from the sources.")
        .Field(
            "verifiedOn",
            s => s.VerifiedOn,
            "Day the row was last checked against its sources: `status` is the status as of that day, not a claim about today.",
            Use.All,
            typeof(CalendarDateGraphType))
        .List("objectives", s => s.Objectives, () => ObjectiveList.Definition, "Objectives the session took up.")
        .PlaceBefore(Use.Filter | Use.Sort, "number", "name");
}
