using System.Text.Json;
using System.Text.RegularExpressions;

namespace OpenGcm.Bench.Timing;

/// Reads the statements OpenGcm sent from its own log: the server runs with the JSON console formatter,
/// `Microsoft.EntityFrameworkCore.Database.Command` at Information and `OpenGcm:Data:LogSqlParameterValues`,
/// so each executed command is one JSON line with its text and its parameter values.
public static partial class SqlLog
{
    private const string CommandExecuted = "Microsoft.EntityFrameworkCore.Database.Command";

    /// Runs `send` and returns the statements logged after it, waiting until the log is quiet.
    public static async Task<IReadOnlyList<SqlStatement>> CaptureAsync(string logFile, Func<Task> send)
    {
        var before = new FileInfo(logFile).Length;
        await send();
        var statements = new List<SqlStatement>();
        var quietSince = DateTime.UtcNow;
        for (var deadline = DateTime.UtcNow.AddSeconds(5); DateTime.UtcNow < deadline; await Task.Delay(50))
        {
            var found = Read(logFile, before);
            if (found.Count != statements.Count)
            {
                (statements, quietSince) = (found, DateTime.UtcNow);
            }
            else if (statements.Count > 0 && DateTime.UtcNow - quietSince > TimeSpan.FromMilliseconds(500))
            {
                return statements;
            }
        }

        return statements.Count > 0 ? statements : throw new InvalidOperationException($"no SQL logged in {logFile}");
    }

    public static void Save(string path, IReadOnlyList<SqlStatement> statements) => File.WriteAllText(path, JsonSerializer.Serialize(statements));

    public static IReadOnlyList<SqlStatement> Load(string path) => JsonSerializer.Deserialize<List<SqlStatement>>(File.ReadAllText(path))!;

    private static List<SqlStatement> Read(string logFile, long offset)
    {
        using var stream = new FileStream(logFile, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        stream.Seek(offset, SeekOrigin.Begin);
        using var reader = new StreamReader(stream);
        var statements = new List<SqlStatement>();
        while (reader.ReadLine() is { } line)
        {
            if (!line.Contains(CommandExecuted, StringComparison.Ordinal) || !line.EndsWith('}'))
            {
                continue;
            }

            using var json = JsonDocument.Parse(line);
            if (json.RootElement.TryGetProperty("State", out var state) && state.TryGetProperty("commandText", out var text))
            {
                var parameters = state.TryGetProperty("parameters", out var p) ? p.GetString() ?? "" : "";
                statements.Add(new SqlStatement(text.GetString()!, Parse(parameters)));
            }
        }

        return statements;
    }

    // EF Core's format: @Value='2024' (DbType = Int32), @Value1='DEU' (Size = 3), @p=NULL
    private static List<SqlParameterValue> Parse(string parameters)
        => [.. Parameter().Matches(parameters).Select(m => new SqlParameterValue(
            "@" + m.Groups["name"].Value,
            m.Groups["null"].Success ? null : m.Groups["value"].Value.Replace("''", "'", StringComparison.Ordinal),
            m.Groups["dbtype"].Success ? m.Groups["dbtype"].Value : null))];

    [GeneratedRegex(@"@(?<name>\w+)=(?:'(?<value>(?:[^']|'')*)'|(?<null>NULL))(?: \((?:[^)]*?DbType = (?<dbtype>\w+))?[^)]*\))?")]
    private static partial Regex Parameter();
}
