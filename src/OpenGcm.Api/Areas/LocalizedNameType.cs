using GraphQL.Types;

namespace OpenGcm.Api.Areas;

public sealed class LocalizedNameType : ObjectGraphType<LocalizedName>
{
    public LocalizedNameType()
    {
        Name = "LocalizedName";
        Description = "A name in one language.";
        Field(n => n.Short, nullable: true).Description("Short name, e.g. `Côte d’Ivoire`; null where no source gives one.");
        Field(n => n.Formal, nullable: true).Description("Formal name, e.g. `the Republic of Côte d’Ivoire`; null where no source gives one.");
    }
}
