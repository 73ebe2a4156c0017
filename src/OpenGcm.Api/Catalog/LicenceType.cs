using GraphQL.Types;

namespace OpenGcm.Api.Catalog;

public sealed class LicenceType : ObjectGraphType<Licence>
{
    public LicenceType()
    {
        Name = "Licence";
        Description = "A licence under which some sources of the dataset are published.";
        Field(l => l.Id).Description("SPDX-style id, e.g. `CC-BY-SA-4.0`.");
        Field(l => l.Name).Description("Full name of the licence.");
        Field(l => l.Url, nullable: true).Description("The licence text.");
        Field(l => l.Sources).Description("How many sources are under this licence.");
    }
}
