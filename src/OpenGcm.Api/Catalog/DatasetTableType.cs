using GraphQL.Types;
using OpenGcm.Api.Data;

namespace OpenGcm.Api.Catalog;

public sealed class DatasetTableType : ObjectGraphType<DatasetTable>
{
    public DatasetTableType()
    {
        Name = "DatasetTable";
        Description = "One table of the dataset (a file of data/) with its edition, licence and the attribution its provider requires.";
        Field(t => t.Name).Description("Data file without `.csv`, e.g. `migrant_stock_ims2024`.");
        Field(t => t.Rows).Description("Number of rows.");
        Field(t => t.Title, nullable: true).Description("What the table holds.");
        Field(t => t.Provider, nullable: true).Description("The first source of the table, as data/datapackage.json names it.");
        Field(t => t.Edition, nullable: true).Description("The provider's edition or version the table comes from; null for tables compiled from many "
            + "sources.");
        Field(t => t.Licence, nullable: true).Description("Licence id of the table's data, e.g. `CC-BY-4.0`.");
        Field(t => t.Attribution, nullable: true).Description("The attribution line the provider requires wherever its data are shown.");
    }
}
