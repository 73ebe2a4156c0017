using GraphQL.Types;

namespace OpenGcm.Api.Graph;

/// A feature's fields on the root Query type.
public interface IRootFields
{
    void AddTo(ObjectGraphType query);
}
