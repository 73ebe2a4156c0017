using GraphQL.Types;
using OpenGcm.Api.Catalog;

namespace OpenGcm.Api.Sources;

public sealed class SourceType : ObjectGraphType<Source>
{
    public SourceType()
    {
        Name = "Source";
        Description = "A document or dataset a fact comes from (data/sources.csv).";
        Field(s => s.Id).Description("Stable id of the source in data/sources.csv.");
        Field(s => s.Title, nullable: true).Description("What the source is: publisher and title.");
        Field(s => s.Url).Description("Where the source was read. Some are third-party copies of UN documents; `notes` says so.");
        Field(s => s.Licence, nullable: true).Description("Licence of the source's data (SPDX-style id such as CC-BY-SA-4.0), when it has one; null "
            + "otherwise.");
        Field(s => s.Notes, nullable: true).Description("Snapshot, copy or caveat of the source.");
    }
}
