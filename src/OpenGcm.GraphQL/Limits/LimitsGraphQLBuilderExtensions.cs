using GraphQL;
using GraphQL.DI;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace OpenGcm.GraphQL.Limits;

public static class LimitsGraphQLBuilderExtensions
{
    /// Depth, complexity (first/last as list multipliers) and execution time limits from LimitOptions;
    /// the measured complexity and depth go to the request's metrics for its log line and to `extensions.cost`.
    public static IGraphQLBuilder AddRequestLimits(this IGraphQLBuilder builder) => builder
        .AddComplexityAnalyzer((options, services) =>
        {
            var limits = services.GetRequiredService<IOptions<LimitOptions>>().Value;
            options.MaxDepth = limits.MaxDepth;
            options.MaxComplexity = limits.MaxComplexity;
            options.ValidateComplexityDelegate = context =>
            {
                if (context.ValidationContext.UserContext.TryGetValue(RequestMetrics.Key, out var value) && value is RequestMetrics metrics)
                {
                    metrics.Complexity = context.TotalImpact;
                    metrics.Depth = context.MaxDepth;
                }

                return Task.CompletedTask;
            };
        })
        .AddDocumentListener<CostExtension>()
        .ConfigureExecutionOptions(options =>
        {
            var limits = options.RequestServices!.GetRequiredService<IOptions<LimitOptions>>().Value;
            options.Timeout = TimeSpan.FromSeconds(limits.TimeoutSeconds);
        });
}
