using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace OpenGcm.Api.Downloads;

/// The release a dataset belongs to: `version` of datapackage.json and the date its CHANGELOG.md heading gives
/// (`## 0.2.0 — 2026-11-28`). Either is null when the files do not say it: never guessed.
public sealed partial record ReleaseInfo(string? Version, DateOnly? Date, string? Title)
{
    public static ReleaseInfo Unknown { get; } = new(null, null, null);

    /// From the text of datapackage.json and CHANGELOG.md (either may be null).
    public static ReleaseInfo Parse(string? datapackageJson, string? changelog)
    {
        string? version = null, title = null;
        if (datapackageJson is not null && JsonNode.Parse(datapackageJson) is JsonObject package)
        {
            version = (string?)package["version"];
            title = (string?)package["title"];
        }

        DateOnly? date = null;
        if (version is not null && changelog is not null)
        {
            foreach (Match heading in Heading().Matches(changelog))
            {
                if (heading.Groups["version"].Value == version
                    && DateOnly.TryParseExact(heading.Groups["date"].Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
                {
                    date = parsed;
                    break;
                }
            }
        }

        return new ReleaseInfo(version, date, title);
    }

    [GeneratedRegex(@"^##\s+(?<version>[0-9][^\s]*)\s+[—–-]\s+(?<date>\d{4}-\d{2}-\d{2})", RegexOptions.Multiline)]
    private static partial Regex Heading();
}
