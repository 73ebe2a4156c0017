using GraphQL;
using OpenGcm.GraphQL.Querying;

namespace OpenGcm.GraphQL.Aggregates;

/// What one `aggregates` or `groupedAggregates` field must have SQL compute: the count, and each
/// (kind, measure) that the query selects under `sum`/`avg`/`min`/`max` or orders the groups by.
/// Fragments are expanded and directives ignored, which can only compute more than needed, never less.
public sealed class AggregateNeeds
{
    public const string Sum = "sum";
    public const string Avg = "avg";
    public const string Min = "min";
    public const string Max = "max";

    private readonly HashSet<(string Kind, string Measure)> _totals = [];

    public bool Count { get; private set; }

    public bool Has(string kind, string measure) => _totals.Contains((kind, measure));

    public static AggregateNeeds Of(IResolveFieldContext context, IEnumerable<AggregateOrder> order)
    {
        var needs = new AggregateNeeds();
        foreach (var field in Selections.Fields(context.FieldAst.SelectionSet, context.Document))
        {
            var kind = field.Name.StringValue;
            if (kind == "count")
            {
                needs.Count = true;
            }
            else if (kind is Sum or Avg or Min or Max)
            {
                foreach (var measure in Selections.Fields(field.SelectionSet, context.Document))
                {
                    needs._totals.Add((kind, measure.Name.StringValue));
                }
            }
        }

        foreach (var entry in order)
        {
            if (entry.Kind == "count")
            {
                needs.Count = true;
            }
            else if (entry is { Kind: { } kind, Measure: { } measure })
            {
                needs._totals.Add((kind, measure));
            }
        }

        return needs;
    }
}
