using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OpenGcm.Api.Data;
using OpenGcm.Api.Graph;
using OpenGcm.GraphQL.Filtering;
using OpenGcm.GraphQL.Paging;
using OpenGcm.GraphQL.Querying;
using OpenGcm.GraphQL.Relay;

namespace OpenGcm.Api.Reports;

public sealed class ReportQueries(IDbContextFactory<OpenGcmDbContext> factory, IOptions<PagingOptions> paging, QueryInputTypes types) : IRootFields, INodeSource
{
    public static readonly QueryShape<Report> Default = new() { Sort = [SortField.Ascending((Report r) => r.Id)] };

    public string TypeName => "Report";

    public void AddTo(ObjectGraphType query)
    {
        query.Field<ReportsConnectionType>("reports")
            .Description("Reports and decisions on the Global Compact, ordered by key.")
            .Arguments(QueryShapes.Arguments(types, ReportFilters.Filter, ReportFilters.Sort))
            .Arguments(PagingArguments.Create(paging.Value))
            .Argument<StringGraphType>("search", a => a.Description = "Full-text search (SQLite FTS5) over title, symbol, notes, region, State name and organiser; combines with `where`, `order` and paging, and ranks by relevance when no `order` is given. Words are AND-ed; FTS5 syntax works (`\"regional review\"`, `migra*`, `OR`, `NOT`); a query FTS5 cannot parse is the field error SEARCH_SYNTAX_ERROR.")
            .ResolveAsync(async c =>
            {
                var shape = QueryShapes.From(c, ReportFilters.Filter, ReportFilters.Sort, Default, ReportColumns.Projection.For(Selections.OfConnectionItems(c)));
                if (c.GetArgument<string?>("search") is { } search)
                {
                    shape = ReportSearch.Apply(shape, await ReportSearch.FindAsync(factory, search, c.CancellationToken), c.HasArgument("order"));
                }

                return await RootConnection.ResolveAsync(factory, db => db.Reports, shape, PageRequest.From(c, paging.Value), c.CancellationToken);
            });

        query.Field<ReportType>("report")
            .Description("One report by its global `id` or its natural `key`; null when unknown.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "The report's `id` (global) or `key` (e.g. `sg-a-75-542`).")
            .ResolveAsync(async c => await FindByIdOrKeyAsync(c.GetArgument<string>("id"), c.CancellationToken));
    }

    public async Task<object?> FindAsync(string key, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        return await Lookups.Report(db, key);
    }

    private Task<object?> FindByIdOrKeyAsync(string id, CancellationToken cancellationToken)
        => FindAsync(GlobalId.TryDecode(id, out var type, out var key) && type == TypeName ? key : id, cancellationToken);
}
