using System.Globalization;
using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using OpenGcm.Api.Data;
using OpenGcm.Api.Graph;
using OpenGcm.GraphQL.Lists;
using OpenGcm.GraphQL.Snapshots;

namespace OpenGcm.Api.Objectives;

public sealed class ObjectiveQueries(ListFields<OpenGcmDbContext> lists) : IRootFields, INodeSource
{
    public string TypeName => "Objective";

    public void AddTo(ObjectGraphType query)
    {
        lists.Connection(query, "objectives", ObjectiveList.Definition, db => db.Objectives, "The objectives of the Global Compact, ordered by number.");

        query.Field<ObjectiveType>("objective")
            .Description("One objective by number (1-23); null when there is no such objective.")
            .Argument<NonNullGraphType<IntGraphType>>("number", "Objective number, 1-23.")
            .ResolveAsync(async c => await FindAsync(c.GetArgument<int>("number"), c.CancellationToken));

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<GuidingPrincipleType>>>>("guidingPrinciples")
            .Description("The guiding principles of the Global Compact, in the order of para 15 (a)-(j).")
            .ResolveAsync(async c =>
            {
                if (lists.Snapshot?.Table<GuidingPrinciple>() is { } principles)
                {
                    return principles.Rows.OrderBy(p => p.Letter, SnapshotOrder.Text).ToList();
                }

                await using var db = await lists.Factory.CreateDbContextAsync(c.CancellationToken);
                return await db.GuidingPrinciples.OrderBy(p => p.Letter).ToListAsync(c.CancellationToken);
            });
    }

    public Task<object?> FindAsync(string key, CancellationToken cancellationToken)
        => int.TryParse(key, NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? FindAsync(number,
            cancellationToken) : Task.FromResult<object?>(null);

    private async Task<object?> FindAsync(int number, CancellationToken cancellationToken)
    {
        // The snapshot answers at once; a cancelled request still stops here, as the SQL lookup does.
        cancellationToken.ThrowIfCancellationRequested();
        if (lists.TryFind(ObjectiveList.Definition, number, out var objective))
        {
            return objective;
        }

        await using var db = await lists.Factory.CreateDbContextAsync(cancellationToken);
        return await Lookups.Objective(db, number, cancellationToken);
    }
}
