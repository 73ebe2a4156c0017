using GraphQL.Execution;
using Microsoft.Extensions.Options;

namespace OpenGcm.GraphQL.Limits;

/// States each executed request's cost in `extensions.cost`, so clients can budget against the limits:
/// the complexity the analyzer measured (list sizes as multipliers), its maximum, and the depth.
public sealed class CostExtension(IOptions<LimitOptions> options) : DocumentExecutionListenerBase
{
    public const string Name = "cost";

    public override Task AfterExecutionAsync(IExecutionContext context)
    {
        if (context.UserContext.TryGetValue(RequestMetrics.Key, out var value) && value is RequestMetrics { Complexity: { } complexity } metrics)
        {
            context.OutputExtensions[Name] = new Dictionary<string, object?>
            {
                ["complexity"] = (long)Math.Ceiling(complexity),
                ["maxComplexity"] = options.Value.MaxComplexity,
                ["depth"] = metrics.Depth,
                ["maxDepth"] = options.Value.MaxDepth,
            };
        }

        return Task.CompletedTask;
    }
}
