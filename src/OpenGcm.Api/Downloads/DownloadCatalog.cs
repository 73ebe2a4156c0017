using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using OpenGcm.Api.Catalog;
using OpenGcm.Api.Data;

namespace OpenGcm.Api.Downloads;

/// The release files of the served version: the database file itself and the data archive, with sizes and
/// SHA-256, computed once (both are read-only while the process runs).
public sealed class DownloadCatalog(DatasetCatalog dataset, IOptions<DataOptions> options)
{
    private readonly Lazy<(IReadOnlyList<DownloadFile> Files, ReleaseInfo Release)> _state = new(() => Load(dataset, options.Value));

    public static string DatabaseName(string version) => $"opengcm-{version}.db";

    public static string ArchiveName(string version) => $"opengcm-{version}-data.zip";

    public string Version => dataset.Version;

    public IReadOnlyList<DownloadFile> Files => _state.Value.Files;

    /// The release (datapackage.json version and CHANGELOG date) as the archive records it; unknown without one.
    public ReleaseInfo Release => _state.Value.Release;

    /// The file served under a name: its versioned name or its `latest` alias.
    public DownloadFile? Find(string name) => Files.FirstOrDefault(f => f.Name == name || f.Alias == name);

    /// The address to cite this version by: the data archive, or the database where there is no archive.
    public string? CiteAs => (Files.FirstOrDefault(f => f.Alias == "latest-data.zip") ?? (Files.Count > 0 ? Files[0] : null))?.Path;

    /// The `Link` header that names it (RFC 8574), built once.
    public string? CiteAsLink => _citeAsLink ??= CiteAs is { } citeAs ? $"<{citeAs}>; rel=\"cite-as\"" : null;

    private string? _citeAsLink;

    private static (IReadOnlyList<DownloadFile>, ReleaseInfo) Load(DatasetCatalog dataset, DataOptions options)
    {
        var database = options.ResolveDatabasePath();
        var archive = ReleaseArchive.PathFor(database);
        var files = new List<DownloadFile>();
        if (File.Exists(database))
        {
            files.Add(Describe(DatabaseName(dataset.Version), "latest.db", "application/vnd.sqlite3", database));
        }

        var release = ReleaseInfo.Unknown;
        if (File.Exists(archive) && ReleaseArchive.CommentOf(archive) == dataset.ContentHash)
        {
            files.Add(Describe(ArchiveName(dataset.Version), "latest-data.zip", "application/zip", archive));
            release = ReleaseInfo.Parse(
                ReleaseArchive.ReadEntry(archive, ReleaseArchive.Folder + "datapackage.json"),
                ReleaseArchive.ReadEntry(archive, ReleaseArchive.Folder + "CHANGELOG.md"));
        }

        return (files, release);
    }

    private static DownloadFile Describe(string name, string alias, string mediaType, string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        var sha256 = Convert.ToHexStringLower(SHA256.HashData(stream));
        return new DownloadFile(name, alias, mediaType, path, stream.Length, sha256);
    }
}
