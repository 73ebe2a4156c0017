using GraphQL.MicrosoftDI;
using GraphQL.Types;
using OpenGcm.Api.Areas;
using OpenGcm.Api.Catalog;
using OpenGcm.Api.Data;
using OpenGcm.Api.MigrantStocks;
using OpenGcm.Api.Reports;
using OpenGcm.Api.Sources;
using OpenGcm.GraphQL.Batching;
using OpenGcm.GraphQL.Lists;
using OpenGcm.GraphQL.Querying;
using OpenGcm.GraphQL.Relay;

namespace OpenGcm.Api.States;

public sealed class StateType : ObjectGraphType<State>
{
    public StateType(ListFields<OpenGcmDbContext> lists, DatasetCatalog catalog)
    {
        Name = "State";
        Description = "A UN Member State or non-member observer State, with its ISO 3166-1 codes, UN M49 region and its vote on the Global Compact.";
        Interface<NodeInterface>();
        IsTypeOf = o => o is State;

        Field<NonNullGraphType<IdGraphType>>("id").Description("Global, opaque id for `node(id:)`.").Resolve(c => GlobalId.Encode(Name, c.Source.Iso3)).Reads();
        StateList.Definition.AddFields(this, until: "gcmVoteNote");
        lists.Reference(this, "gcmChampion", s => s.Iso3, GcmChampionList.Definition,
            "The State's listing as a GCM Champion country, or null when it is NOT LISTED in the sources found. The list is partial, "
            + "so null means \"not listed\", never \"not a champion\".");
        StateList.Definition.AddFields(this);
        lists.NestedConnection(this, "reports", StateList.Definition, s => s.Reports, ReportList.Definition, "Reports about this State: its voluntary "
            + "national reviews.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<MigrantStockType>>>>("migrantStock")
            .Description("International migrants living in this State at mid-year, 1990-2024, in total and by sex: UN DESA International Migrant Stock "
                + "2024 (`edition`), the edition that revised the whole series. The IMS 2020 figures are the separate `migrantStock2020` and "
                    + "`migrantShare2020`.")
            .Reads(s => s.Iso3)
            .Resolve()
            .WithService<BatchLoaderContext>()
            .ResolveAsync((c, loaders) => Task.FromResult<object?>(loaders.Load<string, IReadOnlyList<MigrantStockYear>>(c, c.Source.Iso3,
                (keys, ct) => MigrantStockSeries.LoadAsync(lists.Factory, keys, ct), [])));
        lists.Reference(this, "area", s => s.Iso3, AreaList.Definition, "The State as a country or area of UN M49, where the statistics are counted.");
        Field<NonNullGraphType<LocalizedNamesType>>("names")
            .Description("The State's names in the six official UN languages (UNTERM short and formal names; `name` stays the ISO short name).")
            .Reads(s => s.Iso3)
            .Resolve()
            .WithService<BatchLoaderContext>()
            .ResolveAsync((c, loaders) => Task.FromResult<object?>(loaders.Load<string, LocalizedNames?>(c, c.Source.Iso3,
                async (keys, ct) => (await lists.LoadByKeysAsync(AreaList.Definition, keys, ct)).ToDictionary(a => a.Key, a =>
                    a.Value?.Names),
                null)));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SourceType>>>>("sources")
            .Description("Where this State's codes, region, membership and vote come from.")
            .Resolve(c => catalog.Resolve(c.Source.SourceIds, c.Source.VoteSourceIds))
            .Reads(s => s.SourceIds, s => s.VoteSourceIds);
    }
}
