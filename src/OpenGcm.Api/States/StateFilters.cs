using OpenGcm.Api.Reports;
using OpenGcm.GraphQL.Filtering;
using OpenGcm.GraphQL.Grouping;
using OpenGcm.GraphQL.Sorting;

namespace OpenGcm.Api.States;

/// What `where` and `order` offer on States: one line per field.
public static class StateFilters
{
    public static readonly FilterDefinition<GcmChampionListing> ChampionFilter = new FilterDefinition<GcmChampionListing>("GcmChampionListing")
        .Field("firstEvidence", c => c.FirstEvidence, "Earliest evidence, `YYYY[-MM[-DD]]` (compare as text).")
        .Field("confidence", c => c.Confidence, "Confidence of the listing.");

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
        .Field("migrantStock2020", s => s.MigrantStock2020, "International migrants at mid-2020.")
        .Field("migrantShare2020", s => s.MigrantShare2020, "International migrants as % of population at mid-2020.")
        .Object("gcmChampion", s => s.GcmChampion, () => ChampionFilter, "Champion listing: `gcmChampion: {}` keeps the listed States.")
        .List("reports", s => s.Reports, () => ReportFilters.Filter, "The State's reports.");

    public static readonly SortDefinition<State> Sort = new SortDefinition<State>("State")
        .Field("iso3", s => s.Iso3, "ISO alpha-3 code.")
        .Field("name", s => s.Name, "ISO short name.")
        .Field("m49", s => s.M49, "UN M49 code.")
        .Field("unStatus", s => s.UnStatus, "Member or observer (alphabetical: MEMBER, OBSERVER).")
        .Field("region", s => s.Region, "UN M49 region.")
        .Field("subRegion", s => s.SubRegion, "UN M49 sub-region.")
        .Field("gcmVote", s => s.GcmVote, "Vote on A/RES/73/195 (alphabetical by stored name: Abstain, No, NotVoting, Yes).")
        .Field("migrantStock2020", s => s.MigrantStock2020, "International migrants at mid-2020; missing values first in ASC.")
        .Field("migrantShare2020", s => s.MigrantShare2020, "International migrants as % of population at mid-2020; missing values first in ASC.");

    public static readonly GroupByDefinition<State> Groups = new GroupByDefinition<State>("States")
        .Field("REGION", s => s.Region, "UN M49 region.")
        .Field("SUB_REGION", s => s.SubRegion, "UN M49 sub-region.")
        .Field("INTERMEDIATE_REGION", s => s.IntermediateRegion, "UN M49 intermediate region.")
        .Field("GCM_VOTE", s => s.GcmVote, "Vote on A/RES/73/195 (null for observer States).")
        .Field("UN_STATUS", s => s.UnStatus, "Member or observer State.")
        .Field("GCM_CHAMPION", s => s.GcmChampion != null ? "LISTED" : null, "`LISTED` as a GCM Champion country, or null (not listed; the list is partial).");
}
