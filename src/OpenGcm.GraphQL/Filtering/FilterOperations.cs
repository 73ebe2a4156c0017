using GraphQL.Types;

namespace OpenGcm.GraphQL.Filtering;

/// The operation input types (`StringOperationFilterInput`, `IntOperationFilterInput`, ...) and
/// the operations each offers, by HotChocolate's names, plus case-insensitive string matching.
public static class FilterOperations
{
    public static readonly string[] Equality = ["eq", "neq", "in", "nin"];
    public static readonly string[] Comparison = ["gt", "ngt", "gte", "ngte", "lt", "nlt", "lte", "nlte"];
    public static readonly string[] Text = ["contains", "ncontains", "startsWith", "nstartsWith", "endsWith", "nendsWith"];
    public static readonly string[] IgnoreCase = ["eqIgnoreCase", "containsIgnoreCase", "startsWithIgnoreCase"];

    public static InputObjectGraphType Create(string name, Type valueType, string scalar, bool comparable)
    {
        var isString = valueType == typeof(string);
        var type = new InputObjectGraphType
        {
            Name = name,
            Description = isString
                ? "Conditions on a text value. `eq`, `contains`, `startsWith`, `endsWith` and `in` compare exactly, case and accents included (as "
                    + "HotChocolate does); the `…IgnoreCase` operations ignore the case of A-Z. `eq: null` matches a missing value, `neq: null` a "
                        + "present one; `in: []` matches nothing."
                : "Conditions on a value. `eq: null` matches a missing value, `neq: null` a present one; `in: []` matches nothing; other operations do "
                    + "not take null.",
        };
        var single = new GraphQLTypeReference(scalar);
        var list = new ListGraphType(new NonNullGraphType(new GraphQLTypeReference(scalar)));
        if (isString)
        {
            var self = new ListGraphType(new NonNullGraphType(type));
            Add(type, "and", self, "All of these conditions.");
            Add(type, "or", self, "At least one of these conditions.");
        }

        Add(type, "eq", single, "Equals.");
        Add(type, "neq", single, "Does not equal.");
        Add(type, "in", list, "Equals one of these.");
        Add(type, "nin", list, "Equals none of these.");
        if (comparable)
        {
            Add(type, "gt", single, "Greater than.");
            Add(type, "ngt", single, "Not greater than.");
            Add(type, "gte", single, "Greater than or equal.");
            Add(type, "ngte", single, "Not greater than or equal.");
            Add(type, "lt", single, "Less than.");
            Add(type, "nlt", single, "Not less than.");
            Add(type, "lte", single, "Less than or equal.");
            Add(type, "nlte", single, "Not less than or equal.");
        }

        if (isString)
        {
            Add(type, "contains", single, "Contains this text (case-sensitive).");
            Add(type, "ncontains", single, "Does not contain this text (case-sensitive).");
            Add(type, "startsWith", single, "Starts with this text (case-sensitive).");
            Add(type, "nstartsWith", single, "Does not start with this text (case-sensitive).");
            Add(type, "endsWith", single, "Ends with this text (case-sensitive).");
            Add(type, "nendsWith", single, "Does not end with this text (case-sensitive).");
            Add(type, "eqIgnoreCase", single, "Equals, ignoring the case of A-Z (`hungary` matches `Hungary`).");
            Add(type, "containsIgnoreCase", single, "Contains this text, ignoring the case of A-Z.");
            Add(type, "startsWithIgnoreCase", single, "Starts with this text, ignoring the case of A-Z.");
        }

        return type;
    }

    private static void Add(InputObjectGraphType type, string name, IGraphType fieldType, string description)
        => type.AddField(new FieldType { Name = name, Description = description, ResolvedType = fieldType });
}
