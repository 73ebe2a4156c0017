namespace OpenGcm.GraphQL.Aggregates;

/// For one statement: which measures' sum, mean, least and greatest value it computed (by measure index), and the
/// dictionaries of nulls that groups share for a kind not computed at all.
internal sealed record Slots(
    bool[] Sum,
    bool[] Avg,
    bool[] Min,
    bool[] Max,
    IReadOnlyDictionary<string, long?> NoLongs,
    IReadOnlyDictionary<string, double?> NoDoubles,
    IReadOnlyDictionary<string, int?> NoInts);
