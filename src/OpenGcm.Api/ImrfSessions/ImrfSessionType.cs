using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using OpenGcm.Api.Data;
using OpenGcm.Api.Graph;
using OpenGcm.Api.Objectives;
using OpenGcm.Api.Sources;
using OpenGcm.GraphQL.Filtering;
using OpenGcm.GraphQL.Relay;

namespace OpenGcm.Api.ImrfSessions;

public sealed class ImrfSessionType : ObjectGraphType<ImrfSession>
{
    public ImrfSessionType(IDbContextFactory<OpenGcmDbContext> factory, DatasetCatalog catalog, QueryInputTypes types)
    {
        Name = "ImrfSession";
        Description = "A session of an International Migration Review Forum (hearing, round table, policy debate, plenary, closing) or a preparatory event. Check `status`: some IMRF 2026 rows are what the format leads one to expect, not a record.";
        Interface<NodeInterface>();
        IsTypeOf = o => o is ImrfSession;

        Field<NonNullGraphType<IdGraphType>>("id").Description("Global, opaque id for `node(id:)` and `imrfSession(id:)`.").Resolve(c => GlobalId.Encode(Name, c.Source.Id));
        Field<NonNullGraphType<StringGraphType>>("key").Description("Natural key in data/imrf_sessions.csv, e.g. `imrf-2022-round-table-3`; `imrfSession(id:)` accepts it too.").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<StringGraphType>>("forum").Description("The forum's key: `IMRF-2022` or `IMRF-2026`.").Resolve(c => c.Source.ForumKey);
        Field(s => s.Kind).Description("What part of the forum this is.");
        Field(s => s.Name).Description("Name of the session as the sources describe it.");
        Field(s => s.Number, nullable: true).Description("Number of a round table (1-4); null for other kinds.");
        Field(s => s.Theme, nullable: true).Description("Title of a round table's theme as used in the 2020-21 regional reviews; likely, but not directly confirmed, to be the IMRF title.");
        Field<CalendarDateGraphType>("date").Description("Day the session took place or starts; null when the sources give no exact day (see `dateNote`).").Resolve(c => c.Source.Date);
        Field<CalendarDateGraphType>("endDate").Description("Last day of a session that spans days; null otherwise.").Resolve(c => c.Source.EndDate);
        Field(s => s.DateNote, nullable: true).Description("The sources' own wording of the date when it is not a plain day, e.g. `2026-05-05 (expected)`.");
        Field(s => s.Status).Description("Whether the session is a record (HELD), an announcement (ANNOUNCED) or an expectation from the format (EXPECTED_PER_FORMAT).");
        Field(s => s.Confidence, nullable: true).Description("Confidence in this row: `high`, `medium-high`, `medium`, `medium-low` or `low` (see data/README.md).");
        Field(s => s.Notes, nullable: true).Description("Caveats and context from the sources.");
        ObjectiveListField.Add(this, factory, types, s => s.Id, s => s.Objectives, "The GCM objectives this session took up (round tables), in number order; empty for other sessions.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SourceType>>>>("sources")
            .Description("Where the facts of this session come from.")
            .Resolve(c => catalog.Resolve(c.Source.SourceIds));
    }
}
