using GraphQL.Types;

namespace OpenGcm.Api.Catalog;

public sealed class TableCountType : ObjectGraphType<TableCount>
{
    public TableCountType()
    {
        Name = "TableCount";
        Description = "How many rows a data file holds.";
        Field(t => t.Table).Description("Data file without `.csv`, e.g. `states`.");
        Field(t => t.Rows).Description("Number of rows.");
    }
}
