namespace OpenGcm.GraphQL.Snapshots;

/// Where the list fields find the snapshot: null until it is published (and always when it is switched
/// off), in which case every list is answered by EF Core and SQL, the reference.
public sealed class DataSnapshots
{
    private readonly TaskCompletionSource _settled = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private volatile DataSnapshot? _current;

    public DataSnapshot? Current => _current;

    /// Completes when the snapshot is published or will not be (switched off, or it failed to load).
    public Task Settled => _settled.Task;

    public void Publish(DataSnapshot snapshot)
    {
        _current = snapshot;
        _settled.TrySetResult();
    }

    public void Skip() => _settled.TrySetResult();
}
