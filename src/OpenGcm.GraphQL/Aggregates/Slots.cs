using System.Reflection;

namespace OpenGcm.GraphQL.Aggregates;

/// For one statement: the AggregateRow properties holding each measure's sum, mean, least and greatest value (null
/// where not computed), and the dictionaries of nulls that groups share for what is not computed at all.
internal sealed record Slots(
    PropertyInfo?[] Sum,
    PropertyInfo?[] Avg,
    PropertyInfo?[] Min,
    PropertyInfo?[] Max,
    IReadOnlyDictionary<string, long?> NoLongs,
    IReadOnlyDictionary<string, double?> NoDoubles,
    IReadOnlyDictionary<string, int?> NoInts);
