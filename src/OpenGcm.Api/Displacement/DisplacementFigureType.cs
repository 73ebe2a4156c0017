using GraphQL.Types;
using OpenGcm.Api.Areas;
using OpenGcm.Api.Data;
using OpenGcm.GraphQL.Lists;

namespace OpenGcm.Api.Displacement;

public sealed class DisplacementFigureType : ObjectGraphType<DisplacementFigure>
{
    public DisplacementFigureType(ListFields<OpenGcmDbContext> lists)
    {
        Name = "DisplacementFigure";
        Description = "Forcibly displaced and stateless people of one origin in one country of asylum in one year (UNHCR Refugee Population "
            + "Statistics Database, CC BY 4.0). Refugees are the subject of the Global Compact on Refugees, not of the GCM: served here as context.";
        lists.Reference(this, "origin", d => d.OriginIso3, AreaList.Definition, "Country or area of origin; null for UNHCR's own codes (unknown, "
            + "stateless, Tibetan).");
        lists.Reference(this, "asylum", d => d.AsylumIso3, AreaList.Definition, "Country or area of asylum; null where UNHCR's code is unknown.");
        DisplacementList.Definition.AddFields(this);
        Field<NonNullGraphType<StringGraphType>>("edition")
            .Description("The edition the figure comes from.")
            .Resolve(_ => DisplacementFigure.Edition)
            .Reads();
    }
}
