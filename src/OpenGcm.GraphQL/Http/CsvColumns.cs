using GraphQLParser.AST;

namespace OpenGcm.GraphQL.Http;

/// The CSV columns of a list, read from the query rather than from the data: the leaf fields
/// selected under the list, dotted by their path, in the order the query selects them. So the
/// header is the same whatever the data hold (a null object still has its dotted columns).
public static class CsvColumns
{
    /// `path` leads from the operation's root to the list (response names: aliases where given).
    public static IReadOnlyList<string> Of(GraphQLDocument document, GraphQLOperationDefinition operation, IReadOnlyList<string> path)
    {
        var set = operation.SelectionSet;
        foreach (var name in path)
        {
            set = Fields(set, document).FirstOrDefault(f => ResponseName(f) == name)?.SelectionSet;
            if (set is null)
            {
                return [];
            }
        }

        var columns = new List<string>();
        AddLeaves(set, document, string.Empty, columns);
        return columns.Distinct(StringComparer.Ordinal).ToList();
    }

    private static void AddLeaves(GraphQLSelectionSet set, GraphQLDocument document, string prefix, List<string> columns)
    {
        foreach (var field in Fields(set, document))
        {
            var name = prefix.Length == 0 ? ResponseName(field) : $"{prefix}.{ResponseName(field)}";
            if (field.SelectionSet is { } children)
            {
                AddLeaves(children, document, name, columns);
            }
            else
            {
                columns.Add(name);
            }
        }
    }

    private static string ResponseName(GraphQLField field) => (field.Alias?.Name ?? field.Name).StringValue;

    private static IEnumerable<GraphQLField> Fields(GraphQLSelectionSet set, GraphQLDocument document, int depth = 0)
    {
        foreach (var selection in set.Selections)
        {
            IEnumerable<GraphQLField> fields = selection switch
            {
                GraphQLField field => [field],
                GraphQLInlineFragment inline when depth < 32 => Fields(inline.SelectionSet, document, depth + 1),
                GraphQLFragmentSpread spread when depth < 32 && document.Definitions.OfType<GraphQLFragmentDefinition>()
                    .FirstOrDefault(f => f.FragmentName.Name == spread.FragmentName.Name) is { } fragment => Fields(fragment.SelectionSet, document, depth + 1),
                _ => [],
            };
            foreach (var field in fields)
            {
                yield return field;
            }
        }
    }
}
