using OpenGcm.GraphQL.Querying;

namespace OpenGcm.Api.States;

/// The columns each State field reads, so lists of States read only what a query selects.
public static class StateColumns
{
    public static readonly ProjectionDefinition<State> Projection = new ProjectionDefinition<State>()
        .Always(s => s.Iso3)
        .Field("id").Field("iso3").Field("reports").Field("migrantStock").Field("gcmChampion")
        .Field("iso2", s => s.Iso2)
        .Field("m49", s => s.M49)
        .Field("name", s => s.Name)
        .Field("unStatus", s => s.UnStatus)
        .Field("region", s => s.Region)
        .Field("subRegion", s => s.SubRegion)
        .Field("intermediateRegion", s => s.IntermediateRegion)
        .Field("gcmVote", s => s.GcmVote)
        .Field("gcmVoteNote", s => s.GcmVoteNote)
        .Field("migrantStock2020", s => s.MigrantStock2020)
        .Field("migrantShare2020", s => s.MigrantShare2020)
        .Field("sources", s => s.SourceIds, s => s.VoteSourceIds);
}
