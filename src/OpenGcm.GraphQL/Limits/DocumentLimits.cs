using GraphQLParser.AST;

using OpenGcm.GraphQL.Errors;

namespace OpenGcm.GraphQL.Limits;

/// Checks on the parsed document that are cheaper than validation and stop abuse before it:
/// alias bombs and operations with too many root fields (fragments expanded, cycles cut).
public static class DocumentLimits
{
    public static (string Code, string Message)? Check(GraphQLDocument document, GraphQLOperationDefinition? operation, LimitOptions limits)
    {
        var aliases = 0;
        foreach (var definition in document.Definitions)
        {
            aliases += CountAliases(definition);
        }

        if (aliases > limits.MaxAliases)
        {
            return (ErrorCodes.TooManyAliases, $"The document has {aliases} aliases; at most {limits.MaxAliases} are allowed.");
        }

        if (operation is not null)
        {
            var fragments = document.Definitions.OfType<GraphQLFragmentDefinition>().GroupBy(f => f.FragmentName.Name.StringValue).ToDictionary(g =>
                g.Key, g => g.First());
            var roots = CountFields(operation.SelectionSet, fragments, [], limits.MaxRootFields + 1);
            if (roots > limits.MaxRootFields)
            {
                return (ErrorCodes.TooManyRootFields, $"The operation asks for more than {limits.MaxRootFields} root fields.");
            }

            if (ExpandedSize(operation.SelectionSet, fragments, [], []) > limits.MaxSelections)
            {
                return (ErrorCodes.TooManySelections, $"With its fragments expanded, the operation selects more than {limits.MaxSelections} fields.");
            }
        }

        return null;
    }

    private static int CountAliases(ASTNode node) => node switch
    {
        GraphQLField field => (field.Alias is null ? 0 : 1) + (field.SelectionSet is null ? 0 : CountAliases(field.SelectionSet)),
        GraphQLSelectionSet set => set.Selections.Sum(CountAliases),
        GraphQLInlineFragment inline => CountAliases(inline.SelectionSet),
        GraphQLOperationDefinition operation => CountAliases(operation.SelectionSet),
        GraphQLFragmentDefinition fragment => CountAliases(fragment.SelectionSet),
        _ => 0,
    };

    private static int CountFields(GraphQLSelectionSet set, Dictionary<string, GraphQLFragmentDefinition> fragments, HashSet<string> visiting, int stopAt)
    {
        var count = 0;
        foreach (var selection in set.Selections)
        {
            count += selection switch
            {
                GraphQLField => 1,
                GraphQLInlineFragment inline => CountFields(inline.SelectionSet, fragments, visiting, stopAt - count),
                GraphQLFragmentSpread spread when fragments.TryGetValue(spread.FragmentName.Name.StringValue, out var fragment)
                    && visiting.Add(fragment.FragmentName.Name.StringValue)
                    => CountAndLeave(fragment, fragments, visiting, stopAt - count),
                _ => 0,
            };
            if (count >= stopAt)
            {
                break;
            }
        }

        return count;
    }

    /// Field selections with fragments expanded, memoised per fragment so that a fragment spread
    /// twice per level costs one visit, not 2^levels; saturates instead of overflowing; cycles count 0
    /// here (validation reports them).
    private static long ExpandedSize(GraphQLSelectionSet set, Dictionary<string, GraphQLFragmentDefinition> fragments, Dictionary<string, long> sizes,
        HashSet<string> visiting)
    {
        const long cap = int.MaxValue;
        long size = 0;
        foreach (var selection in set.Selections)
        {
            size += selection switch
            {
                GraphQLField field => 1 + (field.SelectionSet is null ? 0 : ExpandedSize(field.SelectionSet, fragments, sizes, visiting)),
                GraphQLInlineFragment inline => ExpandedSize(inline.SelectionSet, fragments, sizes, visiting),
                GraphQLFragmentSpread spread => FragmentSize(spread.FragmentName.Name.StringValue, fragments, sizes, visiting),
                _ => 0,
            };
            size = Math.Min(size, cap);
        }

        return size;
    }

    private static long FragmentSize(string name, Dictionary<string, GraphQLFragmentDefinition> fragments, Dictionary<string, long> sizes,
        HashSet<string> visiting)
    {
        if (sizes.TryGetValue(name, out var known))
        {
            return known;
        }

        if (!fragments.TryGetValue(name, out var fragment) || !visiting.Add(name))
        {
            return 0;
        }

        var size = ExpandedSize(fragment.SelectionSet, fragments, sizes, visiting);
        visiting.Remove(name);
        sizes[name] = size;
        return size;
    }

    private static int CountAndLeave(GraphQLFragmentDefinition fragment, Dictionary<string, GraphQLFragmentDefinition> fragments,
        HashSet<string> visiting, int stopAt)
    {
        var count = CountFields(fragment.SelectionSet, fragments, visiting, stopAt);
        visiting.Remove(fragment.FragmentName.Name.StringValue);
        return count;
    }

    /// How many values `variables` holds (list items, object fields and scalars), counting up to `stopAt`.
    public static int CountValues(object? value, int stopAt)
    {
        var count = 0;
        var pending = new Stack<object?>();
        pending.Push(value);
        while (pending.Count > 0 && count < stopAt)
        {
            count++;
            switch (pending.Pop())
            {
                case IEnumerable<KeyValuePair<string, object?>> map:
                    foreach (var item in map)
                    {
                        pending.Push(item.Value);
                    }

                    break;
                case System.Collections.IEnumerable list and not string:
                    foreach (var item in list)
                    {
                        pending.Push(item);
                    }

                    break;
            }
        }

        return count;
    }
}
