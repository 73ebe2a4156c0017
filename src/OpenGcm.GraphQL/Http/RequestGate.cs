using GraphQL;
using GraphQL.Execution;
using GraphQL.Transport;
using GraphQLParser.AST;
using GraphQLParser.Exceptions;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using OpenGcm.GraphQL.Caching;
using OpenGcm.GraphQL.Errors;
using OpenGcm.GraphQL.Limits;

namespace OpenGcm.GraphQL.Http;

/// Everything checked before a request reaches GraphQL.NET: the persisted query, the document's size
/// and the variables', parsing (through the document cache), the operation, GET only for queries,
/// and the document limits. Runs on every request, whether the document was cached or not.
public sealed class RequestGate(PersistedQueries persisted, DocumentCache documents, IOptions<LimitOptions> limits)
{
    public async ValueTask<(PreparedRequest? Prepared, Refusal? Refusal)> CheckAsync(GraphQLRequest request, bool isGet, bool jsonOnly)
    {
        var (query, persistedRefusal) = await persisted.ResolveAsync(request.Query, request.Extensions).ConfigureAwait(false);
        if (persistedRefusal is not null)
        {
            return (null, persistedRefusal);
        }

        if (string.IsNullOrWhiteSpace(query))
        {
            return (null, Refusal.Of(StatusCodes.Status400BadRequest, ErrorCodes.MissingQuery, "The request has no `query`."));
        }

        var limit = limits.Value;
        if (query.Length > limit.MaxQueryLength)
        {
            return (null, Refusal.Of(StatusCodes.Status400BadRequest, ErrorCodes.QueryTooLong, $"The document has {query.Length} characters; at most "
                + $"{limit.MaxQueryLength} are allowed."));
        }

        if (DocumentLimits.CountValues(request.Variables, limit.MaxVariableValues + 1) > limit.MaxVariableValues)
        {
            return (null, Refusal.Of(StatusCodes.Status400BadRequest, ErrorCodes.VariablesTooLarge, "`variables` holds more than "
                + $"{limit.MaxVariableValues} values."));
        }

        var documentErrorStatus = jsonOnly ? StatusCodes.Status200OK : StatusCodes.Status400BadRequest;
        GraphQLDocument document;
        try
        {
            document = documents.Parse(query);
        }
        catch (GraphQLSyntaxErrorException ex)
        {
            return (null, new Refusal(documentErrorStatus, new SyntaxError(ex)));
        }
        catch (GraphQLMaxDepthExceededException)
        {
            return (null, Refusal.Of(documentErrorStatus, ErrorCodes.QueryTooDeep, "The document nests deeper than the parser allows."));
        }

        var operation = SelectOperation(document, request.OperationName);
        if (isGet && operation is { Operation: not OperationType.Query })
        {
            return (null, Refusal.Of(StatusCodes.Status405MethodNotAllowed, ErrorCodes.MethodNotAllowed,
                $"A {operation.Operation.ToString().ToLowerInvariant()} cannot be sent with GET: use POST.") with
            { Allow = "POST" });
        }

        if (DocumentLimits.Check(document, operation, limit) is { } refused)
        {
            return (null, Refusal.Of(jsonOnly ? StatusCodes.Status200OK : StatusCodes.Status422UnprocessableEntity, refused.Code, refused.Message));
        }

        return (new PreparedRequest(query, document, operation), null);
    }

    private static GraphQLOperationDefinition? SelectOperation(GraphQLDocument document, string? operationName)
    {
        var operations = document.Definitions.OfType<GraphQLOperationDefinition>().ToList();
        return string.IsNullOrEmpty(operationName)
            ? (operations.Count == 1 ? operations[0] : null)
            : operations.FirstOrDefault(o => o.Name?.StringValue == operationName);
    }
}

public sealed record PreparedRequest(string Query, GraphQLDocument Document, GraphQLOperationDefinition? Operation);
