using GraphQL.Types;

namespace OpenGcm.GraphQL.Relay;

/// The Relay `Node` interface: every object with a global id.
public sealed class NodeInterface : InterfaceGraphType
{
    public NodeInterface()
    {
        Name = "Node";
        Description = "An object with a global, opaque identifier that `node(id:)` can fetch again (Relay global object identification).";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The global, opaque identifier of this object.");
    }
}
