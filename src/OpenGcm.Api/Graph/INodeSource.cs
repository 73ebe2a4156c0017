namespace OpenGcm.Api.Graph;

/// Fetches an object of one type by the key inside its global id, for `node(id:)`.
public interface INodeSource
{
    string TypeName { get; }

    Task<object?> FindAsync(string key, CancellationToken cancellationToken);
}
