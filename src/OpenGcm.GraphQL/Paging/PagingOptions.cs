namespace OpenGcm.GraphQL.Paging;

/// Page sizes of every connection; bound from configuration section `OpenGcm:Paging`.
public sealed class PagingOptions
{
    public int DefaultPageSize { get; set; } = 50;

    public int MaxPageSize { get; set; } = 200;
}
