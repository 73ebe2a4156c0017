using GraphQL.Types;

namespace OpenGcm.Api.Graph;

public sealed class OpenGcmSchema : Schema
{
    public OpenGcmSchema(IServiceProvider services, QueryType query)
        : base(services)
    {
        Description = "OpenGcm: open, sourced data on migration governance (GCM and IMRF).";
        Query = query;
    }
}
