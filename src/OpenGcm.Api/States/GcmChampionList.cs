using OpenGcm.Api.Graph;
using OpenGcm.GraphQL.Lists;

namespace OpenGcm.Api.States;

/// A champion listing's fields and the conditions a State's `gcmChampion` can be filtered by.
public static class GcmChampionList
{
    public static readonly ListDefinition<GcmChampionListing, string> Definition = new ListDefinition<GcmChampionListing, string>("GcmChampionListing",
        "GcmChampionListings", c => c.Iso3)
        .Field("firstEvidence", c => c.FirstEvidence, "Earliest dated evidence found, as precise as the source: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; not "
            + "necessarily the joining date (compare as text).", Use.Output | Use.Filter)
        .Field("evidence", c => c.Evidence, "What the sources say, in short.")
        .Field("roleNotes", c => c.RoleNotes, "Roles in the initiative (co-chair, host), where sourced.")
        .Field("confidence", c => c.Confidence, "Confidence that the State is a champion: `high`, `medium-high`, `medium`, `medium-low` or "
            + "`low`.", Use.Output | Use.Filter)
        .Field(
            "verifiedOn",
            c => c.VerifiedOn,
            "Day the listing was last checked against its sources; null where no check date is recorded.",
            Use.Output | Use.Filter,
            typeof(CalendarDateGraphType));
}
