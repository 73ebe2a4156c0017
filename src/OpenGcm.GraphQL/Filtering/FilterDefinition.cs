using System.Linq.Expressions;

namespace OpenGcm.GraphQL.Filtering;

/// The filterable fields of an entity: each is one line, and the `XFilterInput` type and its
/// translation into a SQL-translatable predicate are derived from this list.
public sealed class FilterDefinition<T>(string typeName) : IFilterDefinition
{
    private readonly List<FilterField> _fields = [];

    public string TypeName => typeName;

    public Type EntityType => typeof(T);

    public IReadOnlyList<FilterField> Fields => _fields;

    /// A scalar field: string, int, long, double, bool, DateOnly or an enum (nullable or not).
    public FilterDefinition<T> Field<TValue>(string name, Expression<Func<T, TValue>> member, string description)
    {
        _fields.Add(new FilterField(name, description, FilterFieldKind.Scalar, member, Nullable.GetUnderlyingType(typeof(TValue)) ?? typeof(TValue), null));
        return this;
    }

    /// A related object, filtered through its own definition.
    public FilterDefinition<T> Object<TChild>(string name, Expression<Func<T, TChild?>> member, Func<FilterDefinition<TChild>> child, string description)
    {
        _fields.Add(new FilterField(name, description, FilterFieldKind.Object, member, typeof(TChild), child));
        return this;
    }

    /// A list of related objects, filtered with `some`, `all`, `none` and `any`.
    public FilterDefinition<T> List<TChild>(string name, Expression<Func<T, IEnumerable<TChild>>> member, Func<FilterDefinition<TChild>> child,
        string description)
    {
        _fields.Add(new FilterField(name, description, FilterFieldKind.List, member, typeof(TChild), child));
        return this;
    }

    /// Moves a field before another in `XFilterInput` (ListDefinition.PlaceBefore).
    public void MoveBefore(string name, string before) => Lists.Placement.MoveBefore(_fields, f => f.Name, name, before);
}

public interface IFilterDefinition
{
    string TypeName { get; }

    Type EntityType { get; }

    IReadOnlyList<FilterField> Fields { get; }
}

public enum FilterFieldKind
{
    Scalar,
    Object,
    List,
}

/// One filterable field: its member expression and, for objects and lists, the child definition.
public sealed record FilterField(string Name, string Description, FilterFieldKind Kind, LambdaExpression Member, Type ValueType,
    Func<IFilterDefinition>? Child);
