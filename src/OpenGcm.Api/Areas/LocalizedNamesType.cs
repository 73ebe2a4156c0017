using GraphQL.Types;
using OpenGcm.GraphQL.Filtering;

namespace OpenGcm.Api.Areas;

/// `names { en fr es ru zh ar }`, each `{ short formal }`, and the filters on them.
public sealed class LocalizedNamesType : ObjectGraphType<LocalizedNames>
{
    public static readonly FilterDefinition<LocalizedName> NameFilter = new FilterDefinition<LocalizedName>("LocalizedName")
        .Field("short", n => n.Short, "Short name.")
        .Field("formal", n => n.Formal, "Formal name.");

    public static readonly FilterDefinition<LocalizedNames> Filter = new FilterDefinition<LocalizedNames>("LocalizedNames")
        .Object("en", n => n.En, () => NameFilter, "English.")
        .Object("fr", n => n.Fr, () => NameFilter, "French.")
        .Object("es", n => n.Es, () => NameFilter, "Spanish.")
        .Object("ru", n => n.Ru, () => NameFilter, "Russian.")
        .Object("zh", n => n.Zh, () => NameFilter, "Chinese.")
        .Object("ar", n => n.Ar, () => NameFilter, "Arabic.");

    public LocalizedNamesType()
    {
        Name = "LocalizedNames";
        Description = "Names in the six official UN languages: UN Protocol terminology (UNTERM) where it has the area, else the UN M49 name.";
        Field<NonNullGraphType<LocalizedNameType>>("en").Description("English.").Resolve(c => c.Source.En);
        Field<NonNullGraphType<LocalizedNameType>>("fr").Description("French.").Resolve(c => c.Source.Fr);
        Field<NonNullGraphType<LocalizedNameType>>("es").Description("Spanish.").Resolve(c => c.Source.Es);
        Field<NonNullGraphType<LocalizedNameType>>("ru").Description("Russian.").Resolve(c => c.Source.Ru);
        Field<NonNullGraphType<LocalizedNameType>>("zh").Description("Chinese.").Resolve(c => c.Source.Zh);
        Field<NonNullGraphType<LocalizedNameType>>("ar").Description("Arabic.").Resolve(c => c.Source.Ar);
    }
}
