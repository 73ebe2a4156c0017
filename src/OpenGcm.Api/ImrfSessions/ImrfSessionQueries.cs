using GraphQL;
using GraphQL.Types;
using OpenGcm.Api.Data;
using OpenGcm.Api.Graph;
using OpenGcm.GraphQL.Lists;
using OpenGcm.GraphQL.Relay;

namespace OpenGcm.Api.ImrfSessions;

public sealed class ImrfSessionQueries(ListFields<OpenGcmDbContext> lists) : IRootFields, INodeSource
{
    public string TypeName => "ImrfSession";

    public void AddTo(ObjectGraphType query)
    {
        lists.Connection(query, "imrfSessions", ImrfSessionList.Definition, db => db.ImrfSessions,
            "Sessions of the International Migration Review Forums of 2022 and 2026, ordered by key.");

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
        // The snapshot answers at once; a cancelled request still stops here, as the SQL lookup does.
        cancellationToken.ThrowIfCancellationRequested();
        if (lists.TryFind(ImrfSessionList.Definition, key, out var session))
        {
            return session;
        }

        await using var db = await lists.Factory.CreateDbContextAsync(cancellationToken);
        return await Lookups.ImrfSession(db, key, cancellationToken);
    }
}
