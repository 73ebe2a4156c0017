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

namespace OpenGcm.Api.ImrfSessions;

public sealed class ImrfSessionQueries(IDbContextFactory<OpenGcmDbContext> factory, IOptions<PagingOptions> paging, QueryInputTypes types) : IRootFields, INodeSource
{
    public static readonly QueryShape<ImrfSession> Default = new() { Sort = [SortField.Ascending((ImrfSession s) => s.Id)] };

    public string TypeName => "ImrfSession";

    public void AddTo(ObjectGraphType query)
    {
        query.Field<ImrfSessionsConnectionType>("imrfSessions")
            .Description("Sessions of the International Migration Review Forums of 2022 and 2026, ordered by key.")
            .Arguments(QueryShapes.Arguments(types, ImrfSessionFilters.Filter, ImrfSessionFilters.Sort))
            .Arguments(PagingArguments.Create(paging.Value))
            .ResolveAsync(async c => await RootConnection.ResolveAsync(factory, db => db.ImrfSessions, QueryShapes.From(c, ImrfSessionFilters.Filter, ImrfSessionFilters.Sort, Default, ImrfSessionColumns.Projection.For(Selections.OfConnectionItems(c))), PageRequest.From(c, paging.Value), c.CancellationToken));

        query.Field<ImrfSessionType>("imrfSession")
            .Description("One IMRF session by its global `id` or natural `key`; null when unknown.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "The session's `id` (global) or `key` (e.g. `imrf-2022-round-table-3`).")
            .ResolveAsync(async c =>
            {
                var id = c.GetArgument<string>("id");
                return await FindAsync(GlobalId.TryDecode(id, out var type, out var key) && type == TypeName ? key : id, c.CancellationToken);
            });
    }

    public async Task<object?> FindAsync(string key, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        return await Lookups.ImrfSession(db, key);
    }
}
