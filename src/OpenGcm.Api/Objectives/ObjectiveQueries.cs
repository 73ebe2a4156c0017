using System.Globalization;
using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OpenGcm.Api.Data;
using OpenGcm.Api.Graph;
using OpenGcm.GraphQL.Filtering;
using OpenGcm.GraphQL.Paging;
using OpenGcm.GraphQL.Querying;

namespace OpenGcm.Api.Objectives;

public sealed class ObjectiveQueries(IDbContextFactory<OpenGcmDbContext> factory, IOptions<PagingOptions> paging, QueryInputTypes types) : IRootFields, INodeSource
{
    public static readonly QueryShape<Objective> Default = new() { Sort = [SortField.Ascending((Objective o) => o.Number)] };

    public string TypeName => "Objective";

    public void AddTo(ObjectGraphType query)
    {
        query.Field<ObjectivesConnectionType>("objectives")
            .Description("The 23 objectives of the Global Compact, ordered by number.")
            .Arguments(QueryShapes.Arguments(types, ObjectiveFilters.Filter, ObjectiveFilters.Sort))
            .Arguments(PagingArguments.Create(paging.Value))
            .ResolveAsync(async c => await RootConnection.ResolveAsync(factory, db => db.Objectives, QueryShapes.From(c, ObjectiveFilters.Filter, ObjectiveFilters.Sort, Default, ObjectiveColumns.Projection.For(Selections.OfConnectionItems(c))), PageRequest.From(c, paging.Value), c.CancellationToken));

        query.Field<ObjectiveType>("objective")
            .Description("One objective by number (1-23); null when there is no such objective.")
            .Argument<NonNullGraphType<IntGraphType>>("number", "Objective number, 1-23.")
            .ResolveAsync(async c => await FindAsync(c.GetArgument<int>("number")));

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<GuidingPrincipleType>>>>("guidingPrinciples")
            .Description("The ten guiding principles of the Global Compact, in the order of para 15 (a)-(j).")
            .ResolveAsync(async c =>
            {
                await using var db = await factory.CreateDbContextAsync(c.CancellationToken);
                return await db.GuidingPrinciples.OrderBy(p => p.Letter).ToListAsync(c.CancellationToken);
            });
    }

    public Task<object?> FindAsync(string key, CancellationToken cancellationToken)
        => int.TryParse(key, NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? FindAsync(number, cancellationToken) : Task.FromResult<object?>(null);

    private async Task<object?> FindAsync(int number, CancellationToken cancellationToken = default)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        return await Lookups.Objective(db, number);
    }
}
