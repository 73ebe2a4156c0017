using GraphQL.Types;
using OpenGcm.Api.Data;
using OpenGcm.Api.Graph;
using OpenGcm.GraphQL.Lists;

namespace OpenGcm.Api.MigrantStocks;

public sealed class MigrantStockQueries(ListFields<OpenGcmDbContext> lists) : IRootFields
{
    public void AddTo(ObjectGraphType query)
        => lists.Connection(query, "migrantStock", MigrantStockList.Definition, db => db.Set<MigrantStockEstimate>(),
            "International migrant stock by destination, origin, sex and year (UN DESA, International Migrant Stock 2024). "
            + "Filter by `destination` and `origin` as areas; total with `aggregates` and `groupedAggregates`. "
            + "Whole tables are for the bulk download, not for paging.");
}
