using GraphQL;
using GraphQL.Types;
using OpenGcm.Api.Data;
using OpenGcm.Api.Graph;
using OpenGcm.GraphQL.Lists;
using OpenGcm.GraphQL.Querying;
using OpenGcm.GraphQL.Relay;

namespace OpenGcm.Api.Reports;

public sealed class ReportQueries(ListFields<OpenGcmDbContext> lists) : IRootFields, INodeSource
{
    public string TypeName => "Report";

    public void AddTo(ObjectGraphType query)
    {
        lists.Connection(query, "reports", ReportList.Definition, db => db.Reports, "Reports and decisions on the Global Compact, ordered by key.", SearchAsync)
            .Argument<StringGraphType>("search", a => a.Description =
                "Full-text search (SQLite FTS5) over title, symbol, notes, region, State name and organiser; combines with `where`, `order` "
                + "and paging, and ranks by relevance when no `order` is given. Words are AND-ed; FTS5 syntax works (`\"regional review\"`, "
                + "`migra*`, `OR`, `NOT`); a query FTS5 cannot parse is the field error SEARCH_SYNTAX_ERROR.");

        query.Field<ReportType>("report")
            .Description("One report by its global `id` or its natural `key`; null when unknown.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "The report's `id` (global) or `key` (e.g. `sg-a-75-542`).")
            .ResolveAsync(async c => await FindByIdOrKeyAsync(c.GetArgument<string>("id"), c.CancellationToken));
    }

    public async Task<object?> FindAsync(string key, CancellationToken cancellationToken)
    {
        // The snapshot answers at once; a cancelled request still stops here, as the SQL lookup does.
        cancellationToken.ThrowIfCancellationRequested();
        if (lists.TryFind(ReportList.Definition, key, out var report))
        {
            return report;
        }

        await using var db = await lists.Factory.CreateDbContextAsync(cancellationToken);
        return await Lookups.Report(db, key, cancellationToken);
    }

    private async Task<QueryShape<Report>> SearchAsync(IResolveFieldContext context, QueryShape<Report> shape)
        => context.GetArgument<string?>("search") is { } search
            ? ReportSearch.Apply(shape, await ReportSearch.FindAsync(lists.Factory, search, context.CancellationToken), context.HasArgument("order"))
            : shape;

    private Task<object?> FindByIdOrKeyAsync(string id, CancellationToken cancellationToken)
        => FindAsync(GlobalId.TryDecode(id, out var type, out var key) && type == TypeName ? key : id, cancellationToken);
}
