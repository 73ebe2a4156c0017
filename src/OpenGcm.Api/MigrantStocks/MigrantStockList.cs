using OpenGcm.Api.Areas;
using OpenGcm.GraphQL.Lists;

namespace OpenGcm.Api.MigrantStocks;

/// A migrant-stock estimate's fields and what lists of estimates offer on each: one line per field.
public static class MigrantStockList
{
    public static readonly ListDefinition<MigrantStockEstimate, int> Definition = new ListDefinition<MigrantStockEstimate, int>(
            "MigrantStockEstimate", "MigrantStockEstimates", e => e.Id)
        .Field("originCode", e => e.OriginCode, "ISO alpha-3 code of the origin (`XCX` Channel Islands); `OOO` for other or unknown origins.", Use.All)
        .Field("year", e => e.Year, "Mid-year of the estimate: 1990, 1995, 2000, 2005, 2010, 2015, 2020 or 2024.", Use.All | Use.Group)
        .Field("sex", e => e.Sex, "Women or men (UN DESA gives no total row: add both).", Use.All | Use.Group)
        .Measure("migrants", e => e.Migrants, "International migrants (stock at 1 July).")
        .Field("basisForeignBorn", e => e.BasisForeignBorn, "UN DESA based the destination's estimate on foreign-born people.", Use.Output | Use.Filter)
        .Field("basisCitizenship", e => e.BasisCitizenship, "UN DESA based the destination's estimate on foreign citizens.", Use.Output | Use.Filter)
        .Field("includesRefugees", e => e.IncludesRefugees, "The destination's estimate includes refugees.", Use.Output | Use.Filter)
        .Field("imputed", e => e.Imputed, "No data for the destination: UN DESA imputed the estimate.", Use.Output | Use.Filter)
        .Object("destination", e => e.Destination, () => AreaList.Definition, "Country or area of destination.", sortable: true)
        .Object("origin", e => e.Origin, () => AreaList.Definition, "Country or area of origin (no match for other/unknown).", sortable: true)
        .Group("DESTINATION", e => e.DestinationIso3, "Destination (ISO alpha-3).")
        .Group("ORIGIN", e => e.OriginCode, "Origin code; `OOO` for other or unknown.")
        .Group("REGION_OF_DESTINATION", e => e.Destination!.Region, "UN M49 region of destination.")
        .Group("SUB_REGION_OF_DESTINATION", e => e.Destination!.SubRegion, "UN M49 sub-region of destination.")
        .Group("REGION_OF_ORIGIN", e => e.Origin!.Region, "UN M49 region of origin (null for other or unknown).")
        .Group("SUB_REGION_OF_ORIGIN", e => e.Origin!.SubRegion, "UN M49 sub-region of origin (null for other or unknown).");
}
