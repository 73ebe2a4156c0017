using GraphQL.Types;
using OpenGcm.Api.Catalog;
using OpenGcm.Api.Data;
using OpenGcm.Api.Sources;
using OpenGcm.Api.States;
using OpenGcm.GraphQL.Lists;
using OpenGcm.GraphQL.Relay;

namespace OpenGcm.Api.Areas;

public sealed class AreaType : ObjectGraphType<Area>
{
    public AreaType(ListFields<OpenGcmDbContext> lists, DatasetCatalog catalog)
    {
        Name = "Area";
        Description = "A country or area of the UN M49 standard, territories included: where migration statistics are counted.";
        Interface<NodeInterface>();
        IsTypeOf = o => o is Area;

        Field<NonNullGraphType<IdGraphType>>("id").Description("Global, opaque id for `node(id:)`.").Resolve(c => GlobalId.Encode(Name, c.Source.Iso3)).Reads();
        AreaList.Definition.AddFields(this);
        Field<NonNullGraphType<LocalizedNamesType>>("names")
            .Description("Names in the six official UN languages (UNTERM short and formal names; UN M49 names where UNTERM has none).")
            .Resolve(c => c.Source.Names)
            .Reads(a => a.Names);
        lists.Reference(this, "state", a => a.IsState ? a.Iso3 : null, StateList.Definition, "The UN Member State or observer State this area is; null "
            + "for territories.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SourceType>>>>("sources")
            .Description("Where the codes, regions and names come from.")
            .Resolve(c => catalog.Resolve(c.Source.SourceIds))
            .Reads(a => a.SourceIds);
    }
}
