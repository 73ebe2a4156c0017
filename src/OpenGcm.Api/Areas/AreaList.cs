using OpenGcm.GraphQL.Lists;

namespace OpenGcm.Api.Areas;

/// An area's fields and what lists of areas offer on each: one line per field.
public static class AreaList
{
    public static readonly ListDefinition<Area, string> Definition = new ListDefinition<Area, string>("Area", "Areas", a => a.Iso3)
        .Field("iso3", a => a.Iso3, "ISO 3166-1 alpha-3 code, e.g. `PRI`; UN DESA's `XCX` for the Channel Islands, which ISO splits: the natural key.", Use.All)
        .Field("iso2", a => a.Iso2, "ISO 3166-1 alpha-2 code; null where ISO has none.", Use.Output | Use.Filter)
        .Field("m49", a => a.M49, "UN M49 numeric code as a 3-digit string, e.g. `630`.", Use.All)
        .Field("name", a => a.Name, "UN M49 English name, e.g. `Puerto Rico`.", Use.All)
        .Field("region", a => a.Region, "UN M49 region, e.g. `Americas`.", Use.All | Use.Group)
        .Field("subRegion", a => a.SubRegion, "UN M49 sub-region, e.g. `Latin America and the Caribbean`.", Use.All | Use.Group)
        .Field("intermediateRegion", a => a.IntermediateRegion, "UN M49 intermediate region where M49 has one; null "
            + "otherwise.", Use.Output | Use.Filter | Use.Group)
        .Field("ldc", a => a.Ldc, "One of the Least Developed Countries (UN M49 grouping).", Use.Output | Use.Filter | Use.Group)
        .Field("lldc", a => a.Lldc, "One of the Landlocked Developing Countries (UN M49 grouping).", Use.Output | Use.Filter | Use.Group)
        .Field("sids", a => a.Sids, "One of the Small Island Developing States (UN M49 grouping).", Use.Output | Use.Filter | Use.Group)
        .Field("isState", a => a.IsState, "A UN Member State or observer State (then `state` is set); false for "
            + "territories.", Use.Output | Use.Filter | Use.Group)
        .FilterObject("names", a => a.Names, () => LocalizedNamesType.Filter, "Names in the six UN languages.");
}
