using OpenGcm.GraphQL.Querying;

namespace OpenGcm.Api.ImrfSessions;

/// The columns each ImrfSession field reads, so lists of sessions read only what a query selects.
public static class ImrfSessionColumns
{
    public static readonly ProjectionDefinition<ImrfSession> Projection = new ProjectionDefinition<ImrfSession>()
        .Always(s => s.Id)
        .Field("id").Field("key").Field("objectives")
        .Field("forum", s => s.ForumKey)
        .Field("kind", s => s.Kind)
        .Field("name", s => s.Name)
        .Field("number", s => s.Number)
        .Field("theme", s => s.Theme)
        .Field("date", s => s.Date)
        .Field("endDate", s => s.EndDate)
        .Field("dateNote", s => s.DateNote)
        .Field("status", s => s.Status)
        .Field("confidence", s => s.Confidence)
        .Field("notes", s => s.Notes)
        .Field("sources", s => s.SourceIds);
}
