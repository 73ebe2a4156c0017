using GraphQL.MicrosoftDI;
using GraphQL.Types;
using OpenGcm.Api.Areas;
using OpenGcm.Api.Data;
using OpenGcm.GraphQL.Batching;
using OpenGcm.GraphQL.Lists;
using OpenGcm.GraphQL.Querying;

namespace OpenGcm.Api.MissingMigrants;

public sealed class MissingMigrantRecordType : ObjectGraphType<MissingMigrantRecord>
{
    public MissingMigrantRecordType(ListFields<OpenGcmDbContext> lists)
    {
        Name = "MissingMigrantRecord";
        Description = "People who died or went missing in the process of migration towards an international destination: one record of the "
            + "IOM Missing Migrants Project (CC BY 4.0), the data behind GCM objective 8.";
        var fields = lists;
        lists.Reference(this, "country", m => m.CountryIso3, AreaList.Definition, "Country of incident.");
        MissingMigrantList.Definition.AddFields(this);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("originCodes")
            .Description("Countries of origin as IOM codes them (ISO alpha-3; `UNK` unknown), in IOM's order.")
            .Resolve(c => Codes(c.Source))
            .Reads(m => m.OriginCodes);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AreaType>>>>("origins")
            .Description("Countries of origin as areas (codes that are no area, such as `UNK`, are left out: see `originCodes`).")
            .Reads(m => m.OriginCodes)
            .Resolve()
            .WithService<BatchLoaderContext>()
            .ResolveAsync((c, loaders) => Task.FromResult<object?>(loaders.Load<string, IReadOnlyList<Area>>(c, c.Source.OriginCodes ?? string.Empty,
                async (lists, ct) =>
                {
                    var byCode = await fields.LoadByKeysAsync(AreaList.Definition, [.. lists.SelectMany(Split).Distinct()], ct);
                    return lists.ToDictionary(l => l, l => (IReadOnlyList<Area>)[.. Split(l).Select(byCode.GetValueOrDefault).OfType<Area>()]);
                },
                [])));
        Field<NonNullGraphType<StringGraphType>>("edition")
            .Description("The edition the record comes from.")
            .Resolve(_ => MissingMigrantRecord.Edition)
            .Reads();
    }

    private static string[] Codes(MissingMigrantRecord record) => Split(record.OriginCodes);

    private static string[] Split(string? codes) => codes?.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? [];
}
