using System.Linq.Expressions;
using GraphQL.MicrosoftDI;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using OpenGcm.Api.Data;
using OpenGcm.GraphQL.Batching;
using OpenGcm.GraphQL.Filtering;
using OpenGcm.GraphQL.Paging;
using OpenGcm.GraphQL.Querying;

namespace OpenGcm.Api.Objectives;

/// The short `objectives` list of a report or a session: filtered and ordered in SQL, loaded for
/// all parents of a level with one statement.
public static class ObjectiveListField
{
    public static void Add<TParent>(
        ObjectGraphType<TParent> type,
        IDbContextFactory<OpenGcmDbContext> factory,
        QueryInputTypes types,
        Expression<Func<TParent, string>> key,
        Expression<Func<TParent, IEnumerable<Objective>>> objectives,
        string description)
        where TParent : class
    {
        var keyOf = key.Compile();
        type.Field<NonNullGraphType<ListGraphType<NonNullGraphType<ObjectiveType>>>>("objectives")
            .Description(description)
            .Arguments(QueryShapes.Arguments(types, ObjectiveFilters.Filter, ObjectiveFilters.Sort))
            .Resolve()
            .WithService<BatchLoaderContext>()
            .ResolveAsync((c, loaders) =>
            {
                var shape = QueryShapes.From(c, ObjectiveFilters.Filter, ObjectiveFilters.Sort, ObjectiveQueries.Default, ObjectiveColumns.Projection.For(Selections.OfListItems(c)));
                return Task.FromResult<object?>(loaders.Load<string, IReadOnlyList<Objective>>(c, keyOf(c.Source),
                    (keys, ct) => NestedConnections.LoadListsAsync(factory, key, objectives, keys, shape, ct),
                    []));
            });
    }
}
