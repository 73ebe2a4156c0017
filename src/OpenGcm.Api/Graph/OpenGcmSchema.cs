using GraphQL.Types;

namespace OpenGcm.Api.Graph;

public sealed class OpenGcmSchema : Schema
{
    public OpenGcmSchema(IServiceProvider services, QueryType query)
        : base(services)
    {
        Description = "OpenGcm: open, sourced data on migration governance (GCM and IMRF).";
        Query = query;

        // Introspection as the October 2021 specification and the draft's input-value deprecation give it,
        // so that client tools asking for every option (graphql-js's getIntrospectionQuery) are answered.
        Features.RepeatableDirectives = true;
        Features.DeprecationOfInputValues = true;
        Directives.Register(new SpecifiedByDirective());
    }

    protected override void OnBeforeInitializeType(IGraphType graphType)
    {
        base.OnBeforeInitializeType(graphType);
        SpecifiedByDirective.AddIntrospectionFields(graphType);
    }
}
