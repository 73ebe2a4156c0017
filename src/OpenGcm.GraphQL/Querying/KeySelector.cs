using System.Linq.Expressions;

namespace OpenGcm.GraphQL.Querying;

/// An entity's key as an expression (for SQL) and as a delegate compiled once (to index the rows).
public sealed class KeySelector<T, TKey>(Expression<Func<T, TKey>> expression)
{
    public Expression<Func<T, TKey>> Expression => expression;

    public Func<T, TKey> Of { get; } = expression.Compile();
}
