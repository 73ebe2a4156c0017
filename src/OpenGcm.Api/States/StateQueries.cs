using GraphQL;
using GraphQL.Types;
using OpenGcm.Api.Data;
using OpenGcm.Api.Graph;
using OpenGcm.GraphQL.Lists;

namespace OpenGcm.Api.States;

public sealed class StateQueries(ListFields<OpenGcmDbContext> lists) : IRootFields, INodeSource
{
    public string TypeName => "State";

    public void AddTo(ObjectGraphType query)
    {
        lists.Connection(query, "states", StateList.Definition, db => db.States, "The UN Member States and non-member observer States, ordered by ISO "
            + "alpha-3 code.");

        query.Field<StateType>("state")
            .Description("One State by ISO 3166-1 alpha-3 code, in any case (`hun`, `HUN`); null when unknown.")
            .Argument<NonNullGraphType<StringGraphType>>("iso3", "ISO 3166-1 alpha-3 code, e.g. `HUN`.")
            .ResolveAsync(async c => await FindAsync(c.GetArgument<string>("iso3"), c.CancellationToken));
    }

    public async Task<object?> FindAsync(string key, CancellationToken cancellationToken)
    {
        var iso3 = key.Trim().ToUpperInvariant();
        // The snapshot answers at once; a cancelled request still stops here, as the SQL lookup does.
        cancellationToken.ThrowIfCancellationRequested();
        if (lists.TryFind(StateList.Definition, iso3, out var state))
        {
            return state;
        }

        await using var db = await lists.Factory.CreateDbContextAsync(cancellationToken);
        return await Lookups.State(db, iso3, cancellationToken);
    }
}
