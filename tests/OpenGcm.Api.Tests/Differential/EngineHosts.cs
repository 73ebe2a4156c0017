using Microsoft.Extensions.DependencyInjection;
using OpenGcm.GraphQL.Snapshots;

namespace OpenGcm.Api.Tests.Differential;

/// Two servers over copies of the same database: one answering from the snapshot (published before the tests
/// start), one through EF Core and SQL only.
public sealed class EngineHosts : IAsyncLifetime
{
    public EngineFactory Reference { get; } = new(snapshot: false);

    public EngineFactory Snapshot { get; } = new(snapshot: true);

    public HttpClient ReferenceClient { get; private set; } = null!;

    public HttpClient SnapshotClient { get; private set; } = null!;

    public DataSnapshot Published { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        ReferenceClient = Reference.CreateClient();
        SnapshotClient = Snapshot.CreateClient();
        var snapshots = Snapshot.Services.GetRequiredService<DataSnapshots>();
        await snapshots.Settled.WaitAsync(TimeSpan.FromMinutes(2));
        Published = snapshots.Current ?? throw new InvalidOperationException("The snapshot was not published.");
        if (Reference.Services.GetRequiredService<DataSnapshots>().Current is not null)
        {
            throw new InvalidOperationException("The reference server has a snapshot.");
        }
    }

    public async Task DisposeAsync()
    {
        await Reference.DisposeAsync();
        await Snapshot.DisposeAsync();
    }
}
