namespace OpenGcm.Api.Data;

/// How lists are answered; configuration section `OpenGcm:Engine`.
public sealed class EngineOptions
{
    /// True: the small tables are copied into memory after start-up and their lists, nested lists, references and
    /// lookups are answered from that snapshot; false (the default): every query runs in SQL through EF Core, the
    /// reference the snapshot is tested against (SnapshotDifferentialTests). Off by default until its memory is
    /// bounded: under bench/memory.sh's flood of distinct queries RSS peaked at 334 MB with it, 222 MB without
    /// (the bound is 250 MB, issue #15).
    public bool Snapshot { get; set; }

    /// How long after the server starts listening the snapshot is read (SQL answers until then).
    public int SnapshotDelayMilliseconds { get; set; } = 1000;
}
