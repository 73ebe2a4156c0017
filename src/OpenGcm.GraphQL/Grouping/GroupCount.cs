namespace OpenGcm.GraphQL.Grouping;

/// How many items of a list share one value of a field; Key is null for a missing value.
public sealed record GroupCount(string? Key, int Count);
