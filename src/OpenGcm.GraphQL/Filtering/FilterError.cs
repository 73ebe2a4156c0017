using GraphQL;

namespace OpenGcm.GraphQL.Filtering;

/// A `where` or `order` value that has no meaning; the field resolves to null with this error.
public sealed class FilterError : ExecutionError
{
    public FilterError(string code, string message)
        : base(message)
    {
        Code = code;
    }
}
