using System.Collections.Concurrent;
using GraphQL.Types;
using OpenGcm.GraphQL.Filtering;
using OpenGcm.GraphQL.Querying;
using OpenGcm.GraphQL.Sorting;

namespace OpenGcm.GraphQL.Querying;

/// Builds the `where` and `order` input types of a schema from the declared definitions, once per
/// type name (one instance per schema: register this class as a singleton next to the schema).
public sealed class QueryInputTypes
{
    private readonly ConcurrentDictionary<string, IGraphType> _types = new(StringComparer.Ordinal);

    public IInputObjectGraphType Filter(IFilterDefinition definition)
        => (IInputObjectGraphType)_types.GetOrAdd($"{definition.TypeName}FilterInput", name =>
        {
            var type = new InputObjectGraphType
            {
                Name = name,
                Description = $"Conditions on {definition.TypeName}; all given conditions must hold. "
                + "Runs in SQL."
            };

            // Stored before its fields are built: definitions refer to each other (State -> reports -> state).
            _types[name] = type;
            var list = new ListGraphType(new NonNullGraphType(type));
            type.AddField(new FieldType { Name = "and", Description = "All of these conditions.", ResolvedType = list });
            type.AddField(new FieldType { Name = "or", Description = "At least one of these conditions.", ResolvedType = list });
            foreach (var field in definition.Fields)
            {
                type.AddField(new FieldType { Name = field.Name, Description = field.Description, ResolvedType = FieldInput(field) });
            }

            return type;
        });

    public IInputObjectGraphType Sort(ISortDefinition definition)
        => (IInputObjectGraphType)_types.GetOrAdd($"{definition.TypeName}SortInput", name =>
        {
            var type = new InputObjectGraphType
            {
                Name = name,
                Description = $"Orders {definition.TypeName} by one field (or by a field of a related "
                + "object). In a list of these, earlier entries take priority."
            };
            _types[name] = type;
            foreach (var field in definition.Fields)
            {
                type.AddField(new FieldType
                {
                    Name = field.Name,
                    Description = field.Description,
                    ResolvedType = field.Child is null ? SortEnum() : Sort(field.Child()),
                });
            }

            return type;
        });

    private IGraphType FieldInput(FilterField field) => field.Kind switch
    {
        FilterFieldKind.Object => Filter(field.Child!()),
        FilterFieldKind.List => ListFilter(field.Child!()),
        _ => Operations(field.ValueType),
    };

    private IGraphType ListFilter(IFilterDefinition child)
        => _types.GetOrAdd($"ListFilterInputTypeOf{child.TypeName}FilterInput", name =>
        {
            var type = new InputObjectGraphType { Name = name, Description = $"Conditions on a list of {child.TypeName}." };
            _types[name] = type;
            var element = Filter(child);
            type.AddField(new FieldType { Name = "all", Description = "Every item matches (true for an empty list).", ResolvedType = element });
            type.AddField(new FieldType { Name = "none", Description = "No item matches.", ResolvedType = element });
            type.AddField(new FieldType { Name = "some", Description = "At least one item matches.", ResolvedType = element });
            type.AddField(new FieldType
            {
                Name = "any",
                Description = "`true`: the list has items; `false`: it is "
                + "empty.",
                ResolvedType = new GraphQLTypeReference("Boolean")
            });
            return type;
        });

    private IGraphType SortEnum()
        => _types.GetOrAdd("SortEnumType", _ => new SortEnumGraphType());

    private IGraphType Operations(Type valueType)
    {
        // Scalars and enums by reference: the schema's own instances (Date, GcmVote, ...) are used.
        var (name, scalar, comparable) = valueType switch
        {
            _ when valueType == typeof(string) => ("StringOperationFilterInput", "String", false),
            _ when valueType == typeof(int) || valueType == typeof(long) => ("IntOperationFilterInput", "Int", true),
            _ when valueType == typeof(double) => ("FloatOperationFilterInput", "Float", true),
            _ when valueType == typeof(DateOnly) => ("DateOperationFilterInput", "Date", true),
            _ when valueType == typeof(bool) => ("BooleanOperationFilterInput", "Boolean", false),
            _ when valueType.IsEnum => ($"{valueType.Name}OperationFilterInput", valueType.Name, false),
            _ => throw new NotSupportedException($"No filter operations for {valueType}."),
        };

        return _types.GetOrAdd(name, _ => FilterOperations.Create(name, valueType, scalar, comparable));
    }
}
