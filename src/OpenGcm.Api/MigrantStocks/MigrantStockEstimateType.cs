using GraphQL.Types;
using OpenGcm.Api.Areas;
using OpenGcm.Api.Data;
using OpenGcm.GraphQL.Lists;

namespace OpenGcm.Api.MigrantStocks;

public sealed class MigrantStockEstimateType : ObjectGraphType<MigrantStockEstimate>
{
    public MigrantStockEstimateType(ListFields<OpenGcmDbContext> lists)
    {
        Name = "MigrantStockEstimate";
        Description = "International migrants living in a country or area at mid-year, by origin and sex: UN DESA, International Migrant Stock 2024 "
            + "(© 2024 United Nations, DESA, Population Division. Licensed under Creative Commons license CC BY 3.0 IGO).";
        lists.Reference(this, "destination", e => e.DestinationIso3, AreaList.Definition, "Country or area of destination.", nullable: false);
        lists.Reference(this, "origin", e => e.OriginIso3, AreaList.Definition, "Country or area of origin; null for other or unknown origins "
            + "(`originCode` OOO).");
        MigrantStockList.Definition.AddFields(this);
        Field<NonNullGraphType<StringGraphType>>("edition")
            .Description("The edition every figure here comes from: `IMS 2024` (it revises the whole 1990-2020 series; never mix editions).")
            .Resolve(_ => MigrantStockEstimate.Edition)
            .Reads();
    }
}
