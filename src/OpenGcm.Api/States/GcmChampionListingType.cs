using GraphQL.Types;
using OpenGcm.Api.Data;
using OpenGcm.Api.Sources;

namespace OpenGcm.Api.States;

public sealed class GcmChampionListingType : ObjectGraphType<GcmChampionListing>
{
    public GcmChampionListingType(DatasetCatalog catalog)
    {
        Name = "GcmChampionListing";
        Description = "A source names this State as a GCM Champion country (UN Network on Migration's Champion Countries Initiative). The list is partial: 32 States are named in the sources found, while a February 2026 statement counts 41.";
        Field(l => l.FirstEvidence, nullable: true).Description("Earliest dated evidence found, as precise as the source: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; not necessarily the joining date.");
        Field(l => l.Evidence, nullable: true).Description("What the sources say, in short.");
        Field(l => l.RoleNotes, nullable: true).Description("Roles in the initiative (co-chair, host), where sourced.");
        Field(l => l.Confidence, nullable: true).Description("Confidence that the State is a champion: `high`, `medium-high`, `medium`, `medium-low` or `low`.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SourceType>>>>("sources")
            .Description("Where the listing comes from.")
            .Resolve(c => catalog.Resolve(c.Source.SourceIds));
    }
}
