namespace OpenGcm.Bench.Timing;

/// An aggregate benchmark case of issue #16: its key, its label and the GraphQL query OpenGcm answers.
public sealed record AggregateCase(string Key, string Label, string Query)
{
    public static readonly IReadOnlyList<AggregateCase> All =
    [
        new("e", "(e) top 10 origins, one destination and year",
            """{ migrantStock(where: {destination: {iso3: {eq: "DEU"}}, year: {eq: 2024}}) """
            + "{ groupedAggregates(groupBy: [ORIGIN], orderBy: [SUM_MIGRANTS_DESC], first: 10) { keys sum { migrants } } } }"),
        new("f", "(f) world total by year, all rows",
            "{ migrantStock { groupedAggregates(groupBy: [YEAR]) { keys sum { migrants } } } }"),
        new("g", "(g) dead and missing by route",
            "{ missingMigrants { groupedAggregates(groupBy: [ROUTE], orderBy: [SUM_DEAD_AND_MISSING_DESC]) { keys sum { deadAndMissing } } } }"),
    ];
}
