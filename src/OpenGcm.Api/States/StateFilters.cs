using OpenGcm.Api.Reports;
using OpenGcm.GraphQL.Filtering;
using OpenGcm.GraphQL.Sorting;

namespace OpenGcm.Api.States;

/// What `where` and `order` offer on States: one line per field.
public static class StateFilters
{
    public static readonly FilterDefinition<State> Filter = new FilterDefinition<State>("State")
        .Field("iso3", s => s.Iso3, "ISO 3166-1 alpha-3 code.")
        .Field("iso2", s => s.Iso2, "ISO 3166-1 alpha-2 code.")
        .Field("m49", s => s.M49, "UN M49 numeric code (3-digit string).")
        .Field("name", s => s.Name, "ISO short name.")
        .Field("unStatus", s => s.UnStatus, "Member or observer State.")
        .Field("region", s => s.Region, "UN M49 region.")
        .Field("subRegion", s => s.SubRegion, "UN M49 sub-region.")
        .Field("intermediateRegion", s => s.IntermediateRegion, "UN M49 intermediate region.")
        .Field("gcmVote", s => s.GcmVote, "Vote on A/RES/73/195.")
        .List("reports", s => s.Reports, () => ReportFilters.Filter, "The State's reports.");

    public static readonly SortDefinition<State> Sort = new SortDefinition<State>("State")
        .Field("iso3", s => s.Iso3, "ISO alpha-3 code.")
        .Field("name", s => s.Name, "ISO short name.")
        .Field("m49", s => s.M49, "UN M49 code.")
        .Field("unStatus", s => s.UnStatus, "Member or observer (alphabetical: MEMBER, OBSERVER).")
        .Field("region", s => s.Region, "UN M49 region.")
        .Field("subRegion", s => s.SubRegion, "UN M49 sub-region.")
        .Field("gcmVote", s => s.GcmVote, "Vote on A/RES/73/195 (alphabetical by stored name: Abstain, No, NotVoting, Yes).");
}
