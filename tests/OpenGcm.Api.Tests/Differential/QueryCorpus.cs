using System.Text.Json;
using System.Text.RegularExpressions;
using GraphQLParser;
using GraphQLParser.AST;
using GraphQLParser.Exceptions;

namespace OpenGcm.Api.Tests.Differential;

/// Every GraphQL query the repository holds, found by reading its files (nothing is listed by hand, so the corpus
/// grows with the repository): string literals of the C# sources (tests and src), ```graphql blocks of the Markdown
/// files (README.md's examples), string values of the JSON files (the playground's ready-made questions),
/// executable .graphql files, and string literals and `query=` URLs of the scripts (bench, examples, browser tests).
/// A text counts as a query when it parses as a GraphQL document with an operation. Sorted and without repeats.
public static partial class QueryCorpus
{
    private static readonly string[] Skipped = ["bin", "obj", "node_modules", ".git", "data", "dist", "generated", "__snapshots__", "__mismatch__"];

    public static IReadOnlyList<CorpusQuery> Load(string root)
    {
        var found = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in Files(root))
        {
            var relative = Path.GetRelativePath(root, file).Replace('\\', '/');
            foreach (var text in Candidates(file))
            {
                if (IsQuery(text))
                {
                    found.TryAdd(text, relative);
                }
            }
        }

        return [.. found.Select(p => new CorpusQuery(p.Value, p.Key))];
    }

    public static bool IsQuery(string text)
    {
        if (text.Length is < 3 or > 20_000 || !text.Contains('{'))
        {
            return false;
        }

        try
        {
            return Parser.Parse(text).Definitions.OfType<GraphQLOperationDefinition>().Any();
        }
        catch (GraphQLParserException)
        {
            return false;
        }
    }

    private static IEnumerable<string> Files(string root)
    {
        var pending = new Stack<string>([root]);
        while (pending.TryPop(out var dir))
        {
            foreach (var file in Directory.EnumerateFiles(dir).Order(StringComparer.Ordinal))
            {
                yield return file;
            }

            foreach (var sub in Directory.EnumerateDirectories(dir).Where(d => !Skipped.Contains(Path.GetFileName(d))).OrderDescending(StringComparer.Ordinal))
            {
                pending.Push(sub);
            }
        }
    }

    private static IEnumerable<string> Candidates(string file)
    {
        var text = File.ReadAllText(file);
        return Path.GetExtension(file) switch
        {
            ".cs" => CSharpStrings.Read(text),
            ".md" => FencedGraphQL().Matches(text).Select(m => m.Groups[1].Value),
            ".json" when Path.GetFileName(file) is not ("package.json" or "package-lock.json" or "datapackage.json") => JsonStrings(text),
            ".graphql" or ".gql" => [text],
            ".sh" or ".lua" or ".js" or ".mjs" or ".ts" or ".py" or ".R" or ".html" => ScriptStrings(text),
            _ => [],
        };
    }

    private static List<string> JsonStrings(string text)
    {
        try
        {
            using var document = JsonDocument.Parse(text);
            return Strings(document.RootElement).ToList();
        }
        catch (JsonException)
        {
            return [];
        }

        static IEnumerable<string> Strings(JsonElement element) => element.ValueKind switch
        {
            JsonValueKind.String => [element.GetString()!],
            JsonValueKind.Array => element.EnumerateArray().SelectMany(Strings),
            JsonValueKind.Object => element.EnumerateObject().SelectMany(p => Strings(p.Value)),
            _ => [],
        };
    }

    /// Quoted literals (', ", `, Python's and R's multi-line ones) with backslash escapes, and `query=` parameters of URLs.
    private static IEnumerable<string> ScriptStrings(string text)
    {
        foreach (Match match in Quoted().Matches(text))
        {
            var literal = Unescape(match.Groups["body"].Value);
            yield return literal;

            // A request body written out (`'{"query":"{ … }"}'`): its strings.
            foreach (var inner in literal.StartsWith("{\"", StringComparison.Ordinal) ? JsonStrings(literal) : [])
            {
                yield return inner;
            }
        }

        foreach (Match match in QueryParameter().Matches(text))
        {
            yield return Uri.UnescapeDataString(match.Groups[1].Value);
        }
    }

    private static string Unescape(string body)
    {
        try
        {
            return Regex.Unescape(body);
        }
        catch (ArgumentException)
        {
            return body;
        }
    }

    [GeneratedRegex("```graphql\\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex FencedGraphQL();

    [GeneratedRegex("(?<q>\"\"\"|'''|[\"'`])(?<body>(?:\\\\.|(?!\\k<q>).)*?)\\k<q>", RegexOptions.Singleline)]
    private static partial Regex Quoted();

    [GeneratedRegex("[?&]query=([^'\"\\s&#]+)")]
    private static partial Regex QueryParameter();
}

/// One query of the corpus and the first file it was found in.
public sealed record CorpusQuery(string File, string Text)
{
    public override string ToString() => $"{File}: {Text.ReplaceLineEndings(" ")}";
}
