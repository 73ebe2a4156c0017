using System.Linq.Expressions;
using OpenGcm.GraphQL.Errors;
using OpenGcm.GraphQL.Filtering;
using OpenGcm.GraphQL.Querying;

namespace OpenGcm.GraphQL.Sorting;

/// Turns a parsed `order` argument into sort keys; the caller appends the unique key last.
public static class SortExpressions
{
    public static List<SortField> Build<T>(ISortDefinition definition, IEnumerable<object?>? order)
    {
        var fields = new List<SortField>();
        if (order is null)
        {
            return fields;
        }

        var parameter = Expression.Parameter(typeof(T), "x");
        foreach (var entry in order)
        {
            if (entry is not IDictionary<string, object?> input || input.Count == 0)
            {
                throw new ArgumentValueError(ErrorCodes.InvalidSort, "Each entry of `order` names one field and a direction, e.g. `{name: ASC}`.");
            }

            Add(definition, parameter, parameter, input, fields);
        }

        return fields;
    }

    private static void Add(ISortDefinition definition, ParameterExpression root, Expression target, IDictionary<string, object?> input, List<SortField> fields)
    {
        foreach (var (key, value) in input)
        {
            var field = definition.Fields.Single(f => f.Name == key);
            var member = ParameterReplacer.Replace(field.Member, target);
            switch (value)
            {
                case null:
                    throw new ArgumentValueError(ErrorCodes.InvalidSort, $"`{key}: null` is not a direction: use ASC or DESC.");
                case IDictionary<string, object?> nested when field.Child is not null:
                    Add(field.Child(), root, member, nested, fields);
                    break;
                default:
                    fields.Add(new SortField(Expression.Lambda(member, root), Equals(value, "DESC")));
                    break;
            }
        }
    }
}
