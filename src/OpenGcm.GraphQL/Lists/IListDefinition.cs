using OpenGcm.GraphQL.Filtering;
using OpenGcm.GraphQL.Grouping;
using OpenGcm.GraphQL.Querying;
using OpenGcm.GraphQL.Sorting;

namespace OpenGcm.GraphQL.Lists;

/// A list definition seen from another entity's (which filters or sorts through it).
public interface IListDefinition<T>
{
    string TypeName { get; }

    string ListName { get; }

    FilterDefinition<T> Filter { get; }

    SortDefinition<T> Sort { get; }

    GroupByDefinition<T> Groups { get; }

    QueryShape<T> Default { get; }
}
