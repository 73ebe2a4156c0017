using System.Diagnostics;
using GraphQL;
using GraphQL.DI;
using GraphQLParser.AST;
using OpenGcm.GraphQL.Limits;

namespace OpenGcm.GraphQL.Telemetry;

/// A span around each GraphQL execution: operation name and type, complexity, depth and error codes
/// (the catalogue's names). Neither the document nor variables are recorded.
public sealed class GraphQLExecutionTelemetry(GraphQLMetrics metrics) : IConfigureExecution
{
    public float SortOrder => 100;

    public async Task<ExecutionResult> ExecuteAsync(ExecutionOptions options, ExecutionDelegate next)
    {
        var operation = SelectOperation(options.Document, options.OperationName);
        var type = operation?.Operation.ToString().ToLowerInvariant();
        var name = metrics.Operations.For(operation?.Name?.StringValue);
        var requestMetrics = options.UserContext.TryGetValue(RequestMetrics.Key, out var value) ? value as RequestMetrics : null;
        if (requestMetrics is not null)
        {
            requestMetrics.OperationType = type;
        }

        using var activity = GraphQLActivities.Source.StartActivity(type is null ? "graphql" : $"graphql {type} {name}");
        var result = await next(options).ConfigureAwait(false);
        if (activity is not null)
        {
            activity.SetTag("graphql.operation.name", name);
            activity.SetTag("graphql.operation.type", type);
            activity.SetTag("opengcm.complexity", requestMetrics?.Complexity);
            activity.SetTag("opengcm.depth", requestMetrics?.Depth);
            if (result.Errors is { Count: > 0 } errors)
            {
                var codes = errors.Select(e => e.Code).Where(c => c is not null && OperationTag.IsName(c)).Distinct().Order(StringComparer.Ordinal).ToArray();
                activity.SetTag("opengcm.error_codes", string.Join(',', codes));
                activity.SetStatus(result.Executed ? ActivityStatusCode.Unset : ActivityStatusCode.Error);
            }
        }

        return result;
    }

    private static GraphQLOperationDefinition? SelectOperation(GraphQLDocument? document, string? operationName)
    {
        if (document is null)
        {
            return null;
        }

        var operations = document.Definitions.OfType<GraphQLOperationDefinition>().ToList();
        return string.IsNullOrEmpty(operationName)
            ? (operations.Count == 1 ? operations[0] : null)
            : operations.FirstOrDefault(o => o.Name?.StringValue == operationName);
    }
}
