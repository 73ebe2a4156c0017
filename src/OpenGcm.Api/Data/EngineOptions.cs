namespace OpenGcm.Api.Data;

/// How lists are answered; configuration section `OpenGcm:Engine`.
public sealed class EngineOptions
{
    /// True (the default): the small tables are copied into memory after start-up and their lists, nested lists,
    /// references and lookups are answered from that snapshot; false: every query runs in SQL through EF Core, the
    /// reference the snapshot is tested against (SnapshotDifferentialTests).
    public bool Snapshot { get; set; } = true;

    /// How long after the server starts listening the snapshot is read (SQL answers until then).
    public int SnapshotDelayMilliseconds { get; set; } = 1000;
}
