namespace OpenGcm.GraphQL.Aggregates;

/// A two-part SQL GROUP BY key (EF Core translates a constructor call with members like an anonymous type).
public sealed class GroupKey<TFirst, TSecond>(TFirst first, TSecond second)
{
    public TFirst First { get; } = first;

    public TSecond Second { get; } = second;
}
