namespace OpenGcm.Api.Downloads;

/// One file of a release, as served under /downloads/ and described by `dataset { downloads }` (sizes in the
/// schema are Int: a file past 2 GiB is an overflow error there, never a wrong number).
public sealed record DownloadFile(string Name, string Alias, string MediaType, string FilePath, long Bytes, string Sha256)
{
    public string Path => "/downloads/" + Name;

    /// A strong validator: the file's SHA-256 (the files of a version never change).
    public string ETag => $"\"{Sha256}\"";
}
