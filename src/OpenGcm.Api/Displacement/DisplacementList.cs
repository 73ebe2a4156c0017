using OpenGcm.Api.Areas;
using OpenGcm.GraphQL.Lists;

namespace OpenGcm.Api.Displacement;

/// A displacement figure's fields and what lists of figures offer on each: one line per field.
public static class DisplacementList
{
    public static readonly ListDefinition<DisplacementFigure, int> Definition = new ListDefinition<DisplacementFigure, int>(
            "DisplacementFigure", "DisplacementFigures", d => d.Id)
        .Field("year", d => d.Year, "Year of the figures.", Use.All | Use.Group)
        .Field("originCode", d => d.OriginCode, "UNHCR's origin code: ISO alpha-3 where one exists; `UNK` unknown, `XXA` stateless, `TIB` Tibetan.", Use.All)
        .Field("originName", d => d.OriginName, "Origin as UNHCR names it.", Use.Output | Use.Filter)
        .Field("asylumCode", d => d.AsylumCode, "UNHCR's code of the country of asylum (ISO alpha-3; `UNK` unknown).", Use.All)
        .Field("asylumName", d => d.AsylumName, "Country of asylum as UNHCR names it.", Use.Output | Use.Filter)
        .Measure("refugees", d => d.Refugees, "Refugees under UNHCR's mandate.")
        .Measure("asylumSeekers", d => d.AsylumSeekers, "Asylum-seekers.")
        .Measure("returnedRefugees", d => d.ReturnedRefugees, "Refugees who returned in the year.")
        .Measure("idps", d => d.Idps, "Internally displaced people of concern to UNHCR.")
        .Measure("returnedIdps", d => d.ReturnedIdps, "Internally displaced people who returned in the year.")
        .Measure("stateless", d => d.Stateless, "Stateless people.")
        .Measure("othersOfConcern", d => d.OthersOfConcern, "Others of concern to UNHCR.")
        .Measure("otherInNeedOfInternationalProtection", d => d.OtherInNeedOfInternationalProtection, "Other people in need of international protection.")
        .Measure("hostCommunity", d => d.HostCommunity, "Host community members UNHCR supports.")
        .Object("origin", d => d.Origin, () => AreaList.Definition, "Country or area of origin (no match for UNHCR's own codes).", sortable: true)
        .Object("asylum", d => d.Asylum, () => AreaList.Definition, "Country or area of asylum.", sortable: true)
        .Group("ORIGIN", d => d.OriginCode, "Origin code.")
        .Group("ASYLUM", d => d.AsylumCode, "Asylum code.")
        .Group("REGION_OF_ORIGIN", d => d.Origin!.Region, "UN M49 region of origin.")
        .Group("REGION_OF_ASYLUM", d => d.Asylum!.Region, "UN M49 region of asylum.");
}
