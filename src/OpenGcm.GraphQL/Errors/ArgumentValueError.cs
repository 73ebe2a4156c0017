using GraphQL;

namespace OpenGcm.GraphQL.Errors;

/// An argument value that passed GraphQL validation but has no meaning (a null operand, a bad
/// cursor, a page too large): the field resolves to null with this error and its code.
public sealed class ArgumentValueError : ExecutionError
{
    public ArgumentValueError(string code, string message)
        : base(message)
    {
        Code = code;
    }
}
