using GraphQL.Types;

namespace OpenGcm.Api.Graph;

public sealed class QueryType : ObjectGraphType
{
    public QueryType(IEnumerable<IRootFields> features)
    {
        Name = "Query";
        Description = "Open data on the Global Compact for Safe, Orderly and Regular Migration (GCM) and its review, the International Migration "
            + "Review Forum (IMRF). Every fact carries its sources.";
        foreach (var feature in features)
        {
            feature.AddTo(this);
        }
    }
}
