using GraphQL.Types;

namespace OpenGcm.GraphQL.Aggregates;

/// 64-bit integers, for totals that can pass Int's 2,147,483,647.
public sealed class LongScalar : LongGraphType
{
    public LongScalar()
    {
        Name = "Long";
        Description = "A 64-bit signed integer, written as a JSON number: totals can exceed Int.";
    }
}
