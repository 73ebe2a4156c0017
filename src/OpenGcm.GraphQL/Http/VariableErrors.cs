using GraphQL;
using GraphQL.Validation;
using GraphQL.Validation.Errors;

namespace OpenGcm.GraphQL.Http;

/// Errors in a request's variables: values that cannot be coerced to their declared types, and declarations
/// that the operation cannot use (unused, undefined, repeated, not input types, wrong position). GraphQL over
/// HTTP answers a variable coercion failure with 400 under application/graphql-response+json; other
/// validation failures stay 422 here.
public static class VariableErrors
{
    public static bool Concerns(ExecutionError error)
        => error is InvalidVariableError or NoUnusedVariablesError or NoUndefinedVariablesError
            or UniqueVariableNamesError or VariablesAreInputTypesError or VariablesInAllowedPositionError;

    /// True when a failed validation is only about variables.
    public static bool OnlyVariables(IEnumerable<ExecutionError>? errors)
        => errors is not null && errors.Any() && errors.All(Concerns);
}
