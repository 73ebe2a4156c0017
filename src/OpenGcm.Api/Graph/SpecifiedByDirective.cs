using GraphQL;
using GraphQL.Introspection;
using GraphQL.Resolvers;
using GraphQL.Types;
using GraphQLParser.AST;

namespace OpenGcm.Api.Graph;

/// `@specifiedBy(url:)` and `__Type.specifiedByURL` (GraphQL, October 2021), which GraphQL.NET 8 lacks:
/// graphql-js's introspection query with `specifiedByUrl: true` asks for the field on every type.
public sealed class SpecifiedByDirective : Directive
{
    public const string DirectiveName = "specifiedBy";

    public SpecifiedByDirective()
        : base(DirectiveName, DirectiveLocation.Scalar)
    {
        Description = "Exposes a URL that specifies the behaviour of this scalar.";
        Arguments = new QueryArguments(new QueryArgument<NonNullGraphType<StringGraphType>>
        {
            Name = "url",
            Description = "The URL that specifies the behaviour of this scalar.",
        });
    }

    /// A type-system directive of the specification: clients must see it in introspection.
    public override bool? Introspectable => true;

    /// The URL a scalar declares with `@specifiedBy`, or null (built-in scalars and types of other kinds).
    public static string? UrlOf(IGraphType? type)
        => type is ScalarGraphType scalar
            && scalar.FindAppliedDirective(DirectiveName)?.FindArgument("url")?.Value is string url
            ? url
            : null;

    /// Adds `specifiedByURL` to `__Type`, and `includeDeprecated` to `__Directive.args` (GraphQL.NET gives
    /// it to `__Type.fields`/`inputFields` and `__Field.args` only), while the schema initialises.
    public static void AddIntrospectionFields(IGraphType graphType)
    {
        if (graphType is __Type type && !type.HasField("specifiedByURL"))
        {
            type.Field<StringGraphType>("specifiedByURL")
                .Description("`specifiedByURL` may return a String (in the form of a URL) for custom scalars, otherwise it will return `null`.")
                .Resolve(context => UrlOf(context.Source as IGraphType));
        }

        if (graphType is __Directive directive && directive.GetField("args") is { } args && args.Arguments?.Find("includeDeprecated") is null)
        {
            args.Arguments ??= [];
            args.Arguments.Add(new QueryArgument<BooleanGraphType>
            {
                Name = "includeDeprecated",
                DefaultValue = false,
                Description = "Include deprecated arguments."
            });
            var inner = args.Resolver!;
            args.Resolver = new FuncFieldResolver<object?>(async context =>
            {
                var all = await inner.ResolveAsync(context).ConfigureAwait(false);
                return context.GetArgument<bool>("includeDeprecated") || all is not IEnumerable<QueryArgument> list
                    ? all
                    : list.Where(a => a.DeprecationReason is null).ToList();
            });
        }
    }
}
