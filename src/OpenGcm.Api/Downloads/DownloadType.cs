using GraphQL.Types;

namespace OpenGcm.Api.Downloads;

public sealed class DownloadType : ObjectGraphType<DownloadFile>
{
    public DownloadType()
    {
        Name = "Download";
        Description = "A file of this dataset version, served read-only under /downloads/.";
        Field(d => d.Name).Description("The file name, with the dataset version: `opengcm-{version}.db` or `opengcm-{version}-data.zip`.");
        Field(d => d.Path).Description("Where it is served, relative to this server: `/downloads/{name}`; it never changes for a version.");
        Field(d => d.Alias).Description("The `latest` alias that serves the current version's file: `latest.db` or `latest-data.zip` under /downloads/.");
        Field(d => d.MediaType).Description("`application/vnd.sqlite3` or `application/zip`.");
        // Int (not a Long scalar): the files are megabytes; DownloadFile refuses sizes past Int32.
        Field<NonNullGraphType<IntGraphType>>("bytes").Description("Size in bytes.").Resolve(c => checked((int)c.Source.Bytes));
        Field(d => d.Sha256).Description("SHA-256 of the file, lower-case hex; also its strong ETag.");
    }
}
