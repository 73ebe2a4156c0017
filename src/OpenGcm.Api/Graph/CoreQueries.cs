using GraphQL;
using GraphQL.Types;
using OpenGcm.Api.Catalog;
using OpenGcm.Api.Data;
using OpenGcm.GraphQL.Relay;

namespace OpenGcm.Api.Graph;

/// `node(id:)` and `dataset`: the root fields that belong to no one feature.
public sealed class CoreQueries(IEnumerable<INodeSource> nodeSources, DatasetCatalog catalog) : IRootFields
{
    public void AddTo(ObjectGraphType query)
    {
        query.Field<NodeInterface>("node")
            .Description("Any object by its global `id` (Relay global object identification); null when no object has that id.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "A global id, as returned in an `id` field.")
            .ResolveAsync(async c =>
            {
                var id = c.GetArgument<string>("id");
                if (!GlobalId.TryDecode(id, out var typeName, out var key))
                {
                    throw new ExecutionError($"'{id}' is not a global id of this API.") { Code = ApiErrorCodes.InvalidId };
                }

                var source = nodeSources.FirstOrDefault(s => s.TypeName == typeName);
                return source is null ? null : await source.FindAsync(key, c.CancellationToken);
            });

        query.Field<NonNullGraphType<DatasetType>>("dataset")
            .Description("The dataset served: version, licences, sources and row counts.")
            .Resolve(_ => catalog);
    }
}
