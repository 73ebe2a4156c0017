using GraphQL.Types;
using OpenGcm.Api.Catalog;

namespace OpenGcm.Api.Objectives;

public sealed class ObjectiveStatisticType : ObjectGraphType<ObjectiveStatistic>
{
    public ObjectiveStatisticType(DatasetCatalog catalog)
    {
        Name = "ObjectiveStatistic";
        Description = "A statistics table of this API that speaks to a GCM objective: follow `rootField` from the root Query to the numbers.";
        Field(s => s.RootField).Description("The root field that serves the table, e.g. `missingMigrants`.");
        Field(s => s.Why).Description("Why the table belongs to the objective (OpenGcm's link, not the provider's).");
        Field<NonNullGraphType<DatasetTableType>>("table")
            .Description("The table with its rows, edition, licence and attribution.")
            .Resolve(c => catalog.Tables.Single(t => t.Name == c.Source.Table));
    }
}
