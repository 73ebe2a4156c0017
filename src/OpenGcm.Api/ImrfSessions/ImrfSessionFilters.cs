using OpenGcm.Api.Objectives;
using OpenGcm.GraphQL.Filtering;
using OpenGcm.GraphQL.Grouping;
using OpenGcm.GraphQL.Sorting;

namespace OpenGcm.Api.ImrfSessions;

/// What `where` and `order` offer on IMRF sessions: one line per field.
public static class ImrfSessionFilters
{
    public static readonly FilterDefinition<ImrfSession> Filter = new FilterDefinition<ImrfSession>("ImrfSession")
        .Field("key", s => s.Id, "Natural key, e.g. `imrf-2022-round-table-3`.")
        .Field("forum", s => s.ForumKey, "Forum key: `IMRF-2022` or `IMRF-2026`.")
        .Field("kind", s => s.Kind, "Part of the forum.")
        .Field("number", s => s.Number, "Round-table number.")
        .Field("name", s => s.Name, "Name.")
        .Field("date", s => s.Date, "Day of the session.")
        .Field("status", s => s.Status, "Record, announcement or expectation.")
        .List("objectives", s => s.Objectives, () => ObjectiveFilters.Filter, "Objectives the session took up.");

    public static readonly SortDefinition<ImrfSession> Sort = new SortDefinition<ImrfSession>("ImrfSession")
        .Field("key", s => s.Id, "Natural key.")
        .Field("forum", s => s.ForumKey, "Forum key.")
        .Field("kind", s => s.Kind, "Kind (alphabetical by stored name).")
        .Field("number", s => s.Number, "Round-table number.")
        .Field("name", s => s.Name, "Name.")
        .Field("date", s => s.Date, "Day; missing days first in ASC.");

    public static readonly GroupByDefinition<ImrfSession> Groups = new GroupByDefinition<ImrfSession>("ImrfSessions")
        .Field("FORUM", s => s.ForumKey, "Forum key.")
        .Field("KIND", s => s.Kind, "Part of the forum.")
        .Field("STATUS", s => s.Status, "Record, announcement or expectation.");
}
