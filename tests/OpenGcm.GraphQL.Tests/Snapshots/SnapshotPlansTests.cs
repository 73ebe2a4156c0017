using GraphQL;
using GraphQL.Validation;
using GraphQLParser.AST;
using OpenGcm.GraphQL.Snapshots;

namespace OpenGcm.GraphQL.Tests.Snapshots;

/// The plans the snapshot keeps per field node: reused for a document asked again, bounded under a flood of
/// distinct documents (bench/memory.sh), and per request when the document has variables.
public class SnapshotPlansTests
{
    private readonly object _table = new();
    private int _builds;

    [Fact]
    public void A_document_asked_once_leaves_a_mark_and_its_plan_is_kept_from_the_second_time()
    {
        var plans = new SnapshotPlans<object>();
        var field = Field();

        var first = plans.Get(Context(field), _table, Build);
        var second = plans.Get(Context(field), _table, Build);
        var third = plans.Get(Context(field), _table, Build);

        Assert.Equal(2, _builds);
        Assert.NotSame(first, second);
        Assert.Same(second, third);
    }

    [Fact]
    public void A_new_table_gets_a_new_plan()
    {
        var plans = new SnapshotPlans<object>();
        var field = Field();
        plans.Get(Context(field), _table, Build);
        var kept = plans.Get(Context(field), _table, Build);

        var reloaded = plans.Get(Context(field), new object(), Build);

        Assert.NotSame(kept, reloaded);
        Assert.Equal(3, _builds);
    }

    [Fact]
    public void The_plans_kept_across_requests_stay_bounded_under_a_flood_of_documents()
    {
        var plans = new SnapshotPlans<object>();
        var fields = Enumerable.Range(0, SnapshotPlans<object>.MaxShared * 5).Select(_ => Field()).ToList();

        foreach (var field in fields)
        {
            plans.Get(Context(field), _table, Build);
            plans.Get(Context(field), _table, Build);
            Assert.InRange(plans.SharedCount, 1, SnapshotPlans<object>.MaxShared);
        }

        Assert.Equal(fields.Count * 2, _builds);
    }

    [Fact]
    public void With_variables_a_plan_holds_for_its_request_only()
    {
        var plans = new SnapshotPlans<object>();
        var field = Field();
        var request = Variables("n", 5);

        var first = plans.Get(Context(field, request), _table, Build);
        var sameRequest = plans.Get(Context(field, request), _table, Build);
        var nextRequest = plans.Get(Context(field, Variables("n", 6)), _table, Build);

        Assert.Same(first, sameRequest);
        Assert.NotSame(first, nextRequest);
        Assert.Equal(2, _builds);
        Assert.Equal(0, plans.SharedCount);
    }

    private static GraphQLField Field() => new(new GraphQLName("states"));

    private static ResolveFieldContext Context(GraphQLField field, Variables? variables = null)
        => new() { FieldAst = field, Variables = variables ?? global::GraphQL.Validation.Variables.None };

    private static Variables Variables(string name, object value)
    {
        var variables = new Variables();
        variables.Add(new Variable(name, new GraphQLVariableDefinition(new GraphQLVariable(new GraphQLName(name)), new GraphQLNamedType(new GraphQLName("Int"))))
        {
            Value = value,
        });
        return variables;
    }

    private object Build()
    {
        _builds++;
        return new object();
    }
}
