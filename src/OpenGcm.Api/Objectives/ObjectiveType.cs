using GraphQL.MicrosoftDI;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OpenGcm.Api.Data;
using OpenGcm.Api.ImrfSessions;
using OpenGcm.Api.Reports;
using OpenGcm.Api.Sources;
using OpenGcm.GraphQL.Batching;
using OpenGcm.GraphQL.Filtering;
using OpenGcm.GraphQL.Paging;
using OpenGcm.GraphQL.Querying;
using OpenGcm.GraphQL.Relay;

namespace OpenGcm.Api.Objectives;

public sealed class ObjectiveType : ObjectGraphType<Objective>
{
    public ObjectiveType(IDbContextFactory<OpenGcmDbContext> factory, DatasetCatalog catalog, IOptions<PagingOptions> paging, QueryInputTypes types)
    {
        Name = "Objective";
        Description = "One of the 23 objectives of the Global Compact (A/RES/73/195, annex, para 16).";
        Interface<NodeInterface>();
        IsTypeOf = o => o is Objective;

        Field<NonNullGraphType<IdGraphType>>("id").Description("Global, opaque id for `node(id:)`.").Resolve(c => GlobalId.Encode(Name, c.Source.Number.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        Field(o => o.Number).Description("Objective number, 1-23: the natural key.");
        Field(o => o.Title).Description("Official title as worded in A/RES/73/195.");
        Field(o => o.Label, nullable: true).Description("Short label used by the UN Network on Migration's hub (e.g. `7 - Reduce vulnerabilities`); not part of the GCM text.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ImrfSessionType>>>>("imrfSessions")
            .Description("IMRF sessions that took up this objective: the round table of each forum (for IMRF 2026 as expected by format, see `status`).")
            .Arguments(QueryShapes.Arguments(types, ImrfSessionFilters.Filter, ImrfSessionFilters.Sort))
            .Resolve()
            .WithService<BatchLoaderContext>()
            .ResolveAsync((c, loaders) =>
            {
                var shape = QueryShapes.From(c, ImrfSessionFilters.Filter, ImrfSessionFilters.Sort, ImrfSessionQueries.Default, ImrfSessionColumns.Projection.For(Selections.OfListItems(c)));
                return Task.FromResult<object?>(loaders.Load<int, IReadOnlyList<ImrfSession>>(c, c.Source.Number,
                    (keys, ct) => NestedConnections.LoadListsAsync(factory, (Objective o) => o.Number, o => o.ImrfSessions, keys, shape, ct),
                    []));
            });
        Field<NonNullGraphType<ReportsConnectionType>>("reports")
            .Description("Reports that cover this objective, where a source says so.")
            .Arguments(QueryShapes.Arguments(types, ReportFilters.Filter, ReportFilters.Sort))
            .Arguments(PagingArguments.Create(paging.Value))
            .Resolve()
            .WithService<BatchLoaderContext>()
            .ResolveAsync((c, loaders) =>
            {
                var page = PageRequest.From(c, paging.Value);
                var shape = QueryShapes.From(c, ReportFilters.Filter, ReportFilters.Sort, ReportQueries.Default, ReportColumns.Projection.For(Selections.OfConnectionItems(c)));
                var count = c.Selects("totalCount");
                return Task.FromResult<object?>(loaders.Load<int, Connection<Report>>(c, c.Source.Number,
                    (keys, ct) => NestedConnections.LoadPagesAsync(factory, (Objective o) => o.Number, o => o.Reports, keys, shape, page, count, ct),
                    null!));
            });
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SourceType>>>>("sources")
            .Description("Where the title and label come from.")
            .Resolve(c => catalog.Resolve(c.Source.SourceIds));
    }
}
