using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using OpenGcm.Api.Data;
using OpenGcm.Api.Graph;
using OpenGcm.GraphQL.Lists;

namespace OpenGcm.Api.Areas;

public sealed class AreaQueries(ListFields<OpenGcmDbContext> lists) : IRootFields, INodeSource
{
    private static readonly Func<OpenGcmDbContext, string, CancellationToken, Task<Area?>> ByIso3 =
        EF.CompileAsyncQuery((OpenGcmDbContext db, string iso3, CancellationToken ct) => db.Set<Area>().FirstOrDefault(a => a.Iso3 == iso3));

    public string TypeName => "Area";

    public void AddTo(ObjectGraphType query)
    {
        lists.Connection(query, "areas", AreaList.Definition, db => db.Set<Area>(), "Every country or area of UN M49, territories included, ordered by code.");

        query.Field<AreaType>("area")
            .Description("One country or area by ISO 3166-1 alpha-3 code (or `XCX`), in any case; null when unknown.")
            .Argument<NonNullGraphType<StringGraphType>>("iso3", "ISO 3166-1 alpha-3 code, e.g. `PRI`.")
            .ResolveAsync(async c => await FindAsync(c.GetArgument<string>("iso3"), c.CancellationToken));
    }

    public async Task<object?> FindAsync(string key, CancellationToken cancellationToken)
    {
        // The snapshot answers at once; a cancelled request still stops here, as the SQL lookup does.
        cancellationToken.ThrowIfCancellationRequested();
        if (lists.TryFind(AreaList.Definition, key.Trim().ToUpperInvariant(), out var area))
        {
            return area;
        }

        await using var db = await lists.Factory.CreateDbContextAsync(cancellationToken);
        return await ByIso3(db, key.Trim().ToUpperInvariant(), cancellationToken);
    }
}
