using System.Linq.Expressions;

namespace OpenGcm.GraphQL.Sorting;

/// The sortable fields of an entity, one line each; `XSortInput` is derived from this list.
public sealed class SortDefinition<T>(string typeName) : ISortDefinition
{
    private readonly List<SortableField> _fields = [];

    public string TypeName => typeName;

    public IReadOnlyList<SortableField> Fields => _fields;

    public SortDefinition<T> Field<TKey>(string name, Expression<Func<T, TKey>> member, string description)
    {
        _fields.Add(new SortableField(name, description, member, null));
        return this;
    }

    public SortDefinition<T> Object<TChild>(string name, Expression<Func<T, TChild?>> member, Func<SortDefinition<TChild>> child, string description)
    {
        _fields.Add(new SortableField(name, description, member, child));
        return this;
    }

    /// Moves a field before another in `XSortInput` (ListDefinition.PlaceBefore).
    public void MoveBefore(string name, string before) => Lists.Placement.MoveBefore(_fields, f => f.Name, name, before);
}

public interface ISortDefinition
{
    string TypeName { get; }

    IReadOnlyList<SortableField> Fields { get; }
}

public sealed record SortableField(string Name, string Description, LambdaExpression Member, Func<ISortDefinition>? Child);
