using GraphQL;
using GraphQLParser.AST;

namespace OpenGcm.GraphQL.Querying;

/// The names of the fields a query selects on the items of a list, fragments expanded; directives
/// are ignored, which can only select more columns than needed, never fewer.
public static class Selections
{
    /// Fields selected on a connection's items: under `nodes` and under `edges { node }`.
    public static IReadOnlyCollection<string> OfConnectionItems(IResolveFieldContext context)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var field in Fields(context.FieldAst.SelectionSet, context.Document))
        {
            if (field.Name.StringValue == "nodes")
            {
                names.UnionWith(Fields(field.SelectionSet, context.Document).Select(f => f.Name.StringValue));
            }
            else if (field.Name.StringValue == "edges")
            {
                foreach (var node in Fields(field.SelectionSet, context.Document).Where(f => f.Name.StringValue == "node"))
                {
                    names.UnionWith(Fields(node.SelectionSet, context.Document).Select(f => f.Name.StringValue));
                }
            }
        }

        return names;
    }

    /// Fields selected directly on the items of a plain list.
    public static IReadOnlyCollection<string> OfListItems(IResolveFieldContext context)
        => Fields(context.FieldAst.SelectionSet, context.Document).Select(f => f.Name.StringValue).ToHashSet(StringComparer.Ordinal);

    /// The fields of a selection set, fragments expanded.
    internal static IEnumerable<GraphQLField> Fields(GraphQLSelectionSet? set, GraphQLDocument document, int depth = 0)
    {
        if (set is null || depth > 32)
        {
            yield break;
        }

        foreach (var selection in set.Selections)
        {
            switch (selection)
            {
                case GraphQLField field:
                    yield return field;
                    break;
                case GraphQLInlineFragment inline:
                    foreach (var field in Fields(inline.SelectionSet, document, depth + 1))
                    {
                        yield return field;
                    }

                    break;
                case GraphQLFragmentSpread spread:
                    var fragment = document.Definitions.OfType<GraphQLFragmentDefinition>().FirstOrDefault(f =>
                        f.FragmentName.Name == spread.FragmentName.Name);
                    foreach (var field in Fields(fragment?.SelectionSet, document, depth + 1))
                    {
                        yield return field;
                    }

                    break;
            }
        }
    }
}
