using GraphQL;

namespace OpenGcm.GraphQL.Paging;

public static class SelectionExtensions
{
    /// Whether the field being resolved selects `fieldName` directly (through fragments too).
    public static bool Selects(this IResolveFieldContext context, string fieldName)
        => context.SubFields?.Values.Any(f => f.Field.Name.StringValue == fieldName) == true;
}
