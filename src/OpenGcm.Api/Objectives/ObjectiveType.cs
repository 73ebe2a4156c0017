using System.Globalization;
using GraphQL.Types;
using OpenGcm.Api.Catalog;
using OpenGcm.Api.Data;
using OpenGcm.Api.ImrfSessions;
using OpenGcm.Api.Reports;
using OpenGcm.Api.Sources;
using OpenGcm.GraphQL.Lists;
using OpenGcm.GraphQL.Relay;

namespace OpenGcm.Api.Objectives;

public sealed class ObjectiveType : ObjectGraphType<Objective>
{
    public ObjectiveType(ListFields<OpenGcmDbContext> lists, DatasetCatalog catalog)
    {
        Name = "Objective";
        Description = "One of the objectives of the Global Compact (A/RES/73/195, annex, para 16).";
        Interface<NodeInterface>();
        IsTypeOf = o => o is Objective;

        Field<NonNullGraphType<IdGraphType>>("id")
            .Description("Global, opaque id for `node(id:)`.")
            .Resolve(c => GlobalId.Encode(Name, c.Source.Number.ToString(CultureInfo.InvariantCulture)))
            .Reads();
        ObjectiveList.Definition.AddFields(this);
        lists.NestedList(this, "imrfSessions", ObjectiveList.Definition, o => o.ImrfSessions, ImrfSessionList.Definition,
            "IMRF sessions that took up this objective: the round table of each forum (for IMRF 2026 as expected by format, see `status`).");
        lists.NestedConnection(this, "reports", ObjectiveList.Definition, o => o.Reports, ReportList.Definition,
            "Reports that cover this objective, where a source says so.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ObjectiveStatisticType>>>>("statistics")
            .Description("Statistics tables of this API that speak to this objective (objective 1: migrant stock; objective 8: missing migrants); "
                + "empty for the others.")
            .Resolve(c => ObjectiveStatistic.All.Where(s => s.Objective == c.Source.Number).ToList())
            .Reads(o => o.Number);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SourceType>>>>("sources")
            .Description("Where the title and label come from.")
            .Resolve(c => catalog.Resolve(c.Source.SourceIds))
            .Reads(o => o.SourceIds);
    }
}
