using GraphQL.Types;
using OpenGcm.Api.Catalog;
using OpenGcm.Api.Data;
using OpenGcm.Api.Sources;
using OpenGcm.GraphQL.Lists;

namespace OpenGcm.Api.States;

public sealed class GcmChampionListingType : ObjectGraphType<GcmChampionListing>
{
    public GcmChampionListingType(DatasetCatalog catalog)
    {
        Name = "GcmChampionListing";
        Description = "A source names this State as a GCM Champion country (UN Network on Migration's Champion Countries Initiative). "
            + "The list is partial: `dataset { counts }` says how many States are listed here, fewer than the initiative counts.";
        GcmChampionList.Definition.AddFields(this);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SourceType>>>>("sources")
            .Description("Where the listing comes from.")
            .Resolve(c => catalog.Resolve(c.Source.SourceIds))
            .Reads(c => c.SourceIds);
    }
}
