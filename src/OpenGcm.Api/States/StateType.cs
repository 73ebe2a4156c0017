using GraphQL.MicrosoftDI;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OpenGcm.Api.Data;
using OpenGcm.Api.Reports;
using OpenGcm.Api.Sources;
using OpenGcm.GraphQL.Batching;
using OpenGcm.GraphQL.Filtering;
using OpenGcm.GraphQL.Paging;
using OpenGcm.GraphQL.Querying;
using OpenGcm.GraphQL.Relay;

namespace OpenGcm.Api.States;

public sealed class StateType : ObjectGraphType<State>
{
    private static readonly KeySelector<GcmChampionListing, string> ChampionKey = new(c => c.Iso3);

    public StateType(IDbContextFactory<OpenGcmDbContext> factory, DatasetCatalog catalog, IOptions<PagingOptions> paging, QueryInputTypes types)
    {
        Name = "State";
        Description = "A UN Member State or non-member observer State, with its ISO 3166-1 codes, UN M49 region and its vote on the Global Compact.";
        Interface<NodeInterface>();
        IsTypeOf = o => o is State;

        Field<NonNullGraphType<IdGraphType>>("id").Description("Global, opaque id for `node(id:)`.").Resolve(c => GlobalId.Encode(Name, c.Source.Iso3));
        Field(s => s.Iso3).Description("ISO 3166-1 alpha-3 code, e.g. `HUN`: the natural key.");
        Field(s => s.Iso2).Description("ISO 3166-1 alpha-2 code, e.g. `HU`.");
        Field(s => s.M49).Description("UN M49 numeric code as a 3-digit string, e.g. `348`.");
        Field(s => s.Name).Description("ISO 3166-1 short name, e.g. `Türkiye`, `Korea, Democratic People's Republic of`.");
        Field(s => s.UnStatus).Description("Member State or non-member observer State.");
        Field(s => s.Region, nullable: true).Description("UN M49 region, e.g. `Europe`.");
        Field(s => s.SubRegion, nullable: true).Description("UN M49 sub-region, e.g. `Eastern Europe`.");
        Field(s => s.IntermediateRegion, nullable: true).Description("UN M49 intermediate region where M49 has one, e.g. `Middle Africa`; null otherwise.");
        Field(s => s.GcmVote, nullable: true).Description("Vote on A/RES/73/195 (19 December 2018), which endorsed the Global Compact; null for observer States, which do not vote.");
        Field(s => s.GcmVoteNote, nullable: true).Description("Note on how the vote was recorded, where there is one.");
        Field<GcmChampionListingType>("gcmChampion")
            .Description("The State's listing as a GCM Champion country, or null when it is NOT LISTED in the sources found. The list is partial (32 of the 41 champions counted in February 2026), so null means \"not listed\", never \"not a champion\".")
            .Resolve()
            .WithService<BatchLoaderContext>()
            .ResolveAsync((c, loaders) => Task.FromResult<object?>(loaders.Load<string, GcmChampionListing?>(c, c.Source.Iso3,
                (keys, ct) => KeyedLoads.LoadByKeysAsync(factory, ChampionKey, keys, ct), null)));
        Field<IntGraphType>("migrantStock2020").Description("International migrants living in the State at mid-2020 (UN DESA International Migrant Stock 2020); null where UN DESA gives none. Filter and sort by it.").Resolve(c => c.Source.MigrantStock2020 is long total ? checked((int)total) : (int?)null);
        Field(s => s.MigrantShare2020, nullable: true).Description("International migrants as a percentage of the population at mid-2020 (UN DESA); null where UN DESA gives none. Filter and sort by it.");

        Field<NonNullGraphType<ReportsConnectionType>>("reports")
            .Description("Reports about this State: its voluntary national reviews.")
            .Arguments(QueryShapes.Arguments(types, ReportFilters.Filter, ReportFilters.Sort))
            .Arguments(PagingArguments.Create(paging.Value))
            .Resolve()
            .WithService<BatchLoaderContext>()
            .ResolveAsync((c, loaders) =>
            {
                var page = PageRequest.From(c, paging.Value);
                var shape = QueryShapes.From(c, ReportFilters.Filter, ReportFilters.Sort, ReportQueries.Default, ReportColumns.Projection.For(Selections.OfConnectionItems(c)));
                var count = c.Selects("totalCount");
                return Task.FromResult<object?>(loaders.Load<string, Connection<Report>>(c, c.Source.Iso3,
                    (keys, ct) => NestedConnections.LoadPagesAsync(factory, (State s) => s.Iso3, s => s.Reports, keys, shape, page, count, ct),
                    null!));
            });

        Field<NonNullGraphType<ListGraphType<NonNullGraphType<MigrantStockType>>>>("migrantStock")
            .Description("International migrant stock in this State at mid-year, 1990-2020 in five-year steps (UN DESA International Migrant Stock 2020, CC BY 3.0 IGO).")
            .Resolve()
            .WithService<BatchLoaderContext>()
            .ResolveAsync((c, loaders) => Task.FromResult<object?>(loaders.Load<string, IReadOnlyList<MigrantStock>>(c, c.Source.Iso3,
                (keys, ct) => NestedConnections.LoadListsAsync(factory, (State s) => s.Iso3, s => s.MigrantStock, keys, new QueryShape<MigrantStock> { Sort = [SortField.Ascending((MigrantStock m) => m.Year)] }, ct),
                [])));

        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SourceType>>>>("sources")
            .Description("Where this State's codes, region, membership and vote come from.")
            .Resolve(c => catalog.Resolve(c.Source.SourceIds, c.Source.VoteSourceIds));
    }
}
