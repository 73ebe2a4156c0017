using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OpenGcm.Api.Data;
using OpenGcm.Api.Graph;
using OpenGcm.GraphQL.Filtering;
using OpenGcm.GraphQL.Paging;
using OpenGcm.GraphQL.Querying;

namespace OpenGcm.Api.States;

public sealed class StateQueries(IDbContextFactory<OpenGcmDbContext> factory, IOptions<PagingOptions> paging, QueryInputTypes types) : IRootFields, INodeSource
{
    public static readonly KeySelector<State, string> Key = new(s => s.Iso3);

    public static readonly QueryShape<State> Default = new() { Sort = [SortField.Ascending((State s) => s.Iso3)] };

    public string TypeName => "State";

    public void AddTo(ObjectGraphType query)
    {
        query.Field<StatesConnectionType>("states")
            .Description("The 193 UN Member States and 2 non-member observer States, ordered by ISO alpha-3 code.")
            .Arguments(QueryShapes.Arguments(types, StateFilters.Filter, StateFilters.Sort))
            .Arguments(PagingArguments.Create(paging.Value))
            .ResolveAsync(async c => await RootConnection.ResolveAsync(factory, db => db.States, QueryShapes.From(c, StateFilters.Filter, StateFilters.Sort, Default, StateColumns.Projection.For(Selections.OfConnectionItems(c))), PageRequest.From(c, paging.Value), c.CancellationToken));

        query.Field<StateType>("state")
            .Description("One State by ISO 3166-1 alpha-3 code, in any case (`hun`, `HUN`); null when unknown.")
            .Argument<NonNullGraphType<StringGraphType>>("iso3", "ISO 3166-1 alpha-3 code, e.g. `HUN`.")
            .ResolveAsync(async c => await FindAsync(c.GetArgument<string>("iso3"), c.CancellationToken));
    }

    public async Task<object?> FindAsync(string key, CancellationToken cancellationToken)
    {
        var iso3 = key.Trim().ToUpperInvariant();
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        return await Lookups.State(db, iso3);
    }
}
