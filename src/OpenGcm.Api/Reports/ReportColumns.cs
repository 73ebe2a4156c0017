using OpenGcm.GraphQL.Querying;

namespace OpenGcm.Api.Reports;

/// The columns each Report field reads, so lists of reports read only what a query selects.
public static class ReportColumns
{
    public static readonly ProjectionDefinition<Report> Projection = new ProjectionDefinition<Report>()
        .Always(r => r.Id)
        .Field("id").Field("key").Field("objectives")
        .Field("title", r => r.Title)
        .Field("kind", r => r.Kind)
        .Field("symbol", r => r.Symbol)
        .Field("undocsUrl", r => r.Symbol)
        .Field("year", r => r.Year)
        .Field("publishedOn", r => r.PublishedOn)
        .Field("url", r => r.Url)
        .Field("state", r => r.StateIso3)
        .Field("region", r => r.Region)
        .Field("organizer", r => r.Organizer)
        .Field("reviewCycle", r => r.ReviewCycle)
        .Field("status", r => r.Status)
        .Field("confidence", r => r.Confidence)
        .Field("notes", r => r.Notes)
        .Field("sources", r => r.SourceIds);
}
