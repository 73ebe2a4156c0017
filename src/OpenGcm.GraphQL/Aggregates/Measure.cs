using System.Linq.Expressions;

namespace OpenGcm.GraphQL.Aggregates;

/// A numeric column that lists total: summed, averaged, and its least and greatest value (nulls ignored, as in SQL).
public sealed record Measure<T>(string Name, string Description, Expression<Func<T, int?>> Value);
