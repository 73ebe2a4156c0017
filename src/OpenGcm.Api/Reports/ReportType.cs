using GraphQL.Types;
using OpenGcm.Api.Catalog;
using OpenGcm.Api.Data;
using OpenGcm.Api.Objectives;
using OpenGcm.Api.Sources;
using OpenGcm.Api.States;
using OpenGcm.GraphQL.Lists;
using OpenGcm.GraphQL.Relay;

namespace OpenGcm.Api.Reports;

public sealed class ReportType : ObjectGraphType<Report>
{
    public ReportType(ListFields<OpenGcmDbContext> lists, DatasetCatalog catalog)
    {
        Name = "Report";
        Description = "A document on the Global Compact: a Secretary-General's report, a regional review, a State's voluntary review, "
            + "an outcome document or a General Assembly resolution.";
        Interface<NodeInterface>();
        IsTypeOf = o => o is Report;

        Field<NonNullGraphType<IdGraphType>>("id").Description("Global, opaque id for `node(id:)` and "
            + "`report(id:)`.").Resolve(c => GlobalId.Encode(Name, c.Source.Id)).Reads();
        ReportList.Definition.AddFields(this, until: "undocsUrl");
        lists.Reference(this, "state", r => r.StateIso3, StateList.Definition, "The State a voluntary national review is about; null for other kinds.");
        ReportList.Definition.AddFields(this);
        lists.NestedList(this, "objectives", ReportList.Definition, r => r.Objectives, ObjectiveList.Definition,
            "The GCM objectives this report covers, only where a source says so; empty otherwise.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SourceType>>>>("sources")
            .Description("Where the facts of this report come from.")
            .Resolve(c => catalog.Resolve(c.Source.SourceIds))
            .Reads(r => r.SourceIds);
    }
}
