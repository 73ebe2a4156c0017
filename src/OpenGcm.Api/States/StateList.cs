using OpenGcm.Api.Areas;
using OpenGcm.Api.Reports;
using OpenGcm.GraphQL.Lists;

namespace OpenGcm.Api.States;

/// A State's fields and what lists of States offer on each: one line per field.
public static class StateList
{
    public static readonly ListDefinition<State, string> Definition = new ListDefinition<State, string>("State", "States", s => s.Iso3)
        .Field("iso3", s => s.Iso3, "ISO 3166-1 alpha-3 code, e.g. `HUN`: the natural key.", Use.All)
        .Field("iso2", s => s.Iso2, "ISO 3166-1 alpha-2 code, e.g. `HU`.", Use.Output | Use.Filter)
        .Field("m49", s => s.M49, "UN M49 numeric code as a 3-digit string, e.g. `348`.", Use.All)
        .Field("name", s => s.Name, "ISO 3166-1 short name, e.g. `Türkiye`, `Korea, Democratic People's Republic of`.", Use.All)
        .Field("unStatus", s => s.UnStatus, "Member State or non-member observer State (sorted by name: MEMBER, OBSERVER).", Use.All | Use.Group)
        .Field("region", s => s.Region, "UN M49 region, e.g. `Europe`.", Use.All | Use.Group)
        .Field("subRegion", s => s.SubRegion, "UN M49 sub-region, e.g. `Eastern Europe`.", Use.All | Use.Group)
        .Field("intermediateRegion", s => s.IntermediateRegion, "UN M49 intermediate region where M49 has one, e.g. `Middle Africa`; null "
            + "otherwise.", Use.Output | Use.Filter | Use.Group)
        .Field("gcmVote", s => s.GcmVote, "Vote on A/RES/73/195 (19 December 2018), which endorsed the Global Compact; null for observer States, which "
            + "do not vote (sorted by stored name: Abstain, No, NotVoting, Yes).", Use.All | Use.Group)
        .Field("gcmVoteNote", s => s.GcmVoteNote, "Note on how the vote was recorded, where there is one.")
        .Field("migrantStock2020", s => s.MigrantStock2020, "International migrants living in the State at mid-2020 (UN DESA International Migrant "
            + "Stock 2020); null where UN DESA gives none; missing values first in ASC.", Use.All)
        .Field("migrantShare2020", s => s.MigrantShare2020, "International migrants as a percentage of the population at mid-2020 (UN DESA); null "
            + "where UN DESA gives none; missing values first in ASC.", Use.All)
        .FilterObject("names", s => s.Area!.Names, () => LocalizedNamesType.Filter, "Names in the six UN languages, e.g. `names: "
            + "{fr: {short: {eq: \"Hongrie\"}}}`.")
        .Object("gcmChampion", s => s.GcmChampion, () => GcmChampionList.Definition, "Champion listing: `gcmChampion: {}` keeps the listed States.")
        .List("reports", s => s.Reports, () => ReportList.Definition, "The State's reports.")
        .Group("GCM_CHAMPION", s => s.GcmChampion != null ? "LISTED" : null, "`LISTED` as a GCM Champion country, or null (not listed; the list is partial).")
        .PlaceBefore(Use.Sort, "name", "m49")
        .PlaceBefore(Use.Group, "UN_STATUS", "GCM_CHAMPION");
}
