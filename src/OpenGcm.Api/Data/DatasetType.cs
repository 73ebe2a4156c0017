using GraphQL.Types;
using OpenGcm.Api.Sources;

namespace OpenGcm.Api.Data;

public sealed class DatasetType : ObjectGraphType<DatasetCatalog>
{
    public DatasetType()
    {
        Name = "Dataset";
        Description = "The dataset served: its version, licences, sources and row counts.";
        Field(d => d.Version).Description("Changes whenever any data file changes (the first 12 hex digits of a SHA-256 over data/ and the database schema).");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<LicenceType>>>>("licences")
            .Description("The licences of the sources, with how many sources each covers. States data adapted from a CC BY-SA 4.0 list is shared alike.")
            .Resolve(c => Licence.Of(c.Source.Sources));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SourceType>>>>("sources").Description("Every source cited anywhere in the dataset, by id.").Resolve(c => c.Source.Sources);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TableCountType>>>>("counts").Description("Rows per data file.").Resolve(c => c.Source.Counts);
    }
}

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
