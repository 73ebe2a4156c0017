using System.Globalization;
using GraphQL;

namespace OpenGcm.GraphQL.Grouping;

/// Group keys as text: the same for `groupBy` counts and for grouped aggregates.
public static class KeyText
{
    /// Enum keys as the schema spells them (`NOT_VOTING`), numbers in invariant culture.
    public static string? Format(object? key) => key switch
    {
        null => null,
        Enum value => value.ToString().ToConstantCase(),
        bool value => value ? "true" : "false",
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => key.ToString(),
    };
}
