using System.IO.Compression;
using System.Text;
using OpenGcm.Api.Sources;

namespace OpenGcm.Api.Downloads;

/// `opengcm-{version}-data.zip`: every file of data/ (the CSVs, datapackage.json, README.md, CHANGELOG.md) and a
/// LICENCES.md written from the sources table, built next to the database whenever the database is built from
/// data/. Entries are sorted and dated with the release, so the same data/ gives the same bytes.
public static class ReleaseArchive
{
    public const string Folder = "data/";

    /// Where the archive of the database at databasePath is kept.
    public static string PathFor(string databasePath) => databasePath + ".data.zip";

    /// Writes the archive when it is missing or was built from other data (its comment holds the content hash).
    public static bool Ensure(string dataDirectory, string databasePath, string contentHash)
    {
        var path = PathFor(databasePath);
        if (File.Exists(path) && CommentOf(path) == contentHash)
        {
            return false;
        }

        Write(dataDirectory, path, contentHash);
        return true;
    }

    public static void Write(string dataDirectory, string path, string contentHash)
    {
        var files = Directory.GetFiles(dataDirectory).Where(f => !Path.GetFileName(f).StartsWith('.')).OrderBy(f => Path.GetFileName(f),
            StringComparer.Ordinal).ToList();
        var release = ReleaseInfo.Parse(ReadIfExists(dataDirectory, "datapackage.json"), ReadIfExists(dataDirectory, "CHANGELOG.md"));
        var stamp = new DateTimeOffset((release.Date ?? new DateOnly(1980, 1, 1)).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var licences = LicencesText(SourceTable.Read(Path.Combine(dataDirectory, "sources.csv")), contentHash[..12], release);

        var temporary = $"{path}.tmp-{Guid.NewGuid():N}";
        using (var archive = new ZipArchive(File.Create(temporary), ZipArchiveMode.Create))
        {
            archive.Comment = contentHash;
            foreach (var file in files)
            {
                AddEntry(archive, Folder + Path.GetFileName(file), File.ReadAllBytes(file), stamp);
            }

            AddEntry(archive, Folder + "LICENCES.md", Encoding.UTF8.GetBytes(licences), stamp);
        }

        File.Move(temporary, path, overwrite: true);
    }

    /// Reads one entry (e.g. `data/datapackage.json`) as text, or null.
    public static string? ReadEntry(string path, string name)
    {
        using var archive = ZipFile.OpenRead(path);
        var entry = archive.GetEntry(name);
        if (entry is null)
        {
            return null;
        }

        using var reader = new StreamReader(entry.Open(), Encoding.UTF8);
        return reader.ReadToEnd();
    }

    private static string LicencesText(IReadOnlyList<Source> sources, string version, ReleaseInfo release)
    {
        var text = new StringBuilder();
        text.Append("# Licences and attributions\n\n");
        text.Append("Written from `sources.csv` when this archive was built. How to cite this release:\n\n");
        text.Append(Citation.Text(sources, version, release)).Append("\n\n");
        text.Append("The files are under the licences of their sources (see README.md, \"Attribution and licences\"):\n\n");
        foreach (var source in sources.Where(s => s.Licence is not null).OrderBy(s => s.Id, StringComparer.Ordinal))
        {
            text.Append("- ").Append(source.Licence).Append(": ").Append(source.Title).Append(" <").Append(source.Url).Append(">\n");
        }

        return text.ToString();
    }

    private static void AddEntry(ZipArchive archive, string name, byte[] content, DateTimeOffset stamp)
    {
        var entry = archive.CreateEntry(name, CompressionLevel.Optimal);
        entry.LastWriteTime = stamp;
        using var stream = entry.Open();
        stream.Write(content);
    }

    /// The content hash of the data/ an archive was built from (its zip comment), or null.
    public static string? CommentOf(string path)
    {
        try
        {
            using var archive = ZipFile.OpenRead(path);
            return archive.Comment;
        }
        catch (InvalidDataException)
        {
            return null;
        }
    }

    private static string? ReadIfExists(string directory, string name)
    {
        var path = Path.Combine(directory, name);
        return File.Exists(path) ? File.ReadAllText(path) : null;
    }
}
