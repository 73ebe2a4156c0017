using GraphQL.Types;
using OpenGcm.Api.Sources;

namespace OpenGcm.Api.Catalog;

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
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SourceType>>>>("sources").Description("Every source cited anywhere in the dataset, by "
            + "id.").Resolve(c => c.Source.Sources);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<DatasetTableType>>>>("tables")
            .Description("Each table with its rows, edition, provider, licence and attribution.")
            .Resolve(c => c.Source.Tables);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TableCountType>>>>("counts").Description("Rows per data file.").Resolve(c => c.Source.Counts);
        Downloads.DatasetReleaseFields.AddTo(this);
    }
}
