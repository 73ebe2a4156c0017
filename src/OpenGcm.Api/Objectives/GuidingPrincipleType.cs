using GraphQL.Types;
using OpenGcm.Api.Catalog;
using OpenGcm.Api.Data;
using OpenGcm.Api.Sources;

namespace OpenGcm.Api.Objectives;

public sealed class GuidingPrincipleType : ObjectGraphType<GuidingPrinciple>
{
    public GuidingPrincipleType(DatasetCatalog catalog)
    {
        Name = "GuidingPrinciple";
        Description = "One of the ten cross-cutting and interdependent guiding principles of the Global Compact (A/RES/73/195, annex, para 15).";
        Field(p => p.Key).Description("Stable key, e.g. `people-centred`.");
        Field(p => p.Letter).Description("Letter of the sub-paragraph of para 15, `a`-`j` (letters e-g inferred from the order, see data/README.md).");
        Field(p => p.Name).Description("Name of the principle, e.g. `People-centred`.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SourceType>>>>("sources")
            .Description("Where the principle is read.")
            .Resolve(c => catalog.Resolve(c.Source.SourceIds));
    }
}
