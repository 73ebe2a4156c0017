using OpenGcm.GraphQL.Querying;

namespace OpenGcm.Api.Objectives;

/// The columns each Objective field reads, so lists of objectives read only what a query selects.
public static class ObjectiveColumns
{
    public static readonly ProjectionDefinition<Objective> Projection = new ProjectionDefinition<Objective>()
        .Always(o => o.Number)
        .Field("id").Field("number").Field("reports").Field("imrfSessions")
        .Field("title", o => o.Title)
        .Field("label", o => o.Label)
        .Field("sources", o => o.SourceIds);
}
