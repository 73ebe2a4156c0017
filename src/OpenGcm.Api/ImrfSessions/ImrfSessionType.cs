using GraphQL.Types;
using OpenGcm.Api.Catalog;
using OpenGcm.Api.Data;
using OpenGcm.Api.Objectives;
using OpenGcm.Api.Sources;
using OpenGcm.GraphQL.Lists;
using OpenGcm.GraphQL.Relay;

namespace OpenGcm.Api.ImrfSessions;

public sealed class ImrfSessionType : ObjectGraphType<ImrfSession>
{
    public ImrfSessionType(ListFields<OpenGcmDbContext> lists, DatasetCatalog catalog)
    {
        Name = "ImrfSession";
        Description = "A session of an International Migration Review Forum (hearing, round table, policy debate, plenary, closing) or a preparatory "
            + "event. Check `status`: some IMRF 2026 rows are what the format leads one to expect, not a record.";
        Interface<NodeInterface>();
        IsTypeOf = o => o is ImrfSession;

        Field<NonNullGraphType<IdGraphType>>("id")
            .Description("Global, opaque id for `node(id:)` and `imrfSession(id:)`.")
            .Resolve(c => GlobalId.Encode(Name, c.Source.Id))
            .Reads();
        ImrfSessionList.Definition.AddFields(this);
        lists.NestedList(this, "objectives", ImrfSessionList.Definition, s => s.Objectives, ObjectiveList.Definition,
            "The GCM objectives this session took up (round tables), in number order; empty for other sessions.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SourceType>>>>("sources")
            .Description("Where the facts of this session come from.")
            .Resolve(c => catalog.Resolve(c.Source.SourceIds))
            .Reads(s => s.SourceIds);
    }
}
