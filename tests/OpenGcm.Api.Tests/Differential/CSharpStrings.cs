using System.Text;

namespace OpenGcm.Api.Tests.Differential;

/// The string literals of a C# source file, with literals joined by `+` read as one (a query wrapped to stay
/// under 160 characters): regular, verbatim and raw literals. Interpolated literals are left out (their
/// holes are computed at run time); so are comments and character literals.
public static class CSharpStrings
{
    public static IEnumerable<string> Read(string source)
    {
        var i = 0;
        StringBuilder? joined = null;
        var afterPlus = false;
        while (i < source.Length)
        {
            var c = source[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }

            if (c == '/' && i + 1 < source.Length && source[i + 1] is '/' or '*')
            {
                i = source[i + 1] == '/' ? LineEnd(source, i) : BlockEnd(source, i);
                continue;
            }

            if (c == '\'')
            {
                i = CharEnd(source, i);
                continue;
            }

            var start = i;
            var interpolated = false;
            var verbatim = false;
            while (i < source.Length && source[i] is '$' or '@')
            {
                interpolated |= source[i] == '$';
                verbatim |= source[i] == '@';
                i++;
            }

            if (i < source.Length && source[i] == '"')
            {
                var (text, end) = verbatim ? Verbatim(source, i) : source.AsSpan(i).StartsWith("\"\"\"") ? Raw(source, i) : Regular(source, i);
                i = end;
                if (interpolated)
                {
                    text = null;
                }

                if (joined is not null && afterPlus && text is not null)
                {
                    joined.Append(text);
                }
                else
                {
                    if (joined is not null)
                    {
                        yield return joined.ToString();
                    }

                    joined = text is null ? null : new StringBuilder(text);
                }

                afterPlus = false;
                continue;
            }

            i = start == i ? i + 1 : i;
            if (c == '+' && joined is not null && !afterPlus)
            {
                afterPlus = true;
                continue;
            }

            if (joined is not null)
            {
                yield return joined.ToString();
                joined = null;
            }

            afterPlus = false;
        }

        if (joined is not null)
        {
            yield return joined.ToString();
        }
    }

    private static int LineEnd(string s, int i) => s.IndexOf('\n', i) is var n and >= 0 ? n + 1 : s.Length;

    private static int BlockEnd(string s, int i) => s.IndexOf("*/", i + 2, StringComparison.Ordinal) is var n and >= 0 ? n + 2 : s.Length;

    private static int CharEnd(string s, int i)
    {
        i++;
        while (i < s.Length && s[i] != '\'')
        {
            i += s[i] == '\\' ? 2 : 1;
        }

        return i + 1;
    }

    private static (string?, int) Regular(string s, int i)
    {
        var text = new StringBuilder();
        for (i++; i < s.Length && s[i] != '"'; i++)
        {
            if (s[i] != '\\')
            {
                text.Append(s[i]);
                continue;
            }

            i++;
            switch (s[i])
            {
                case 'n': text.Append('\n'); break;
                case 't': text.Append('\t'); break;
                case 'r': text.Append('\r'); break;
                case '0': text.Append('\0'); break;
                case 'u':
                    text.Append((char)Convert.ToInt32(s.Substring(i + 1, 4), 16));
                    i += 4;
                    break;
                default: text.Append(s[i]); break;
            }
        }

        return (text.ToString(), i + 1);
    }

    private static (string?, int) Verbatim(string s, int i)
    {
        var text = new StringBuilder();
        for (i++; i < s.Length; i++)
        {
            if (s[i] == '"')
            {
                if (i + 1 < s.Length && s[i + 1] == '"')
                {
                    text.Append('"');
                    i++;
                    continue;
                }

                break;
            }

            text.Append(s[i]);
        }

        return (text.ToString(), i + 1);
    }

    /// A raw literal: on one line, its content; on several, the lines between the delimiters less the closing line's indentation.
    private static (string?, int) Raw(string s, int i)
    {
        var quotes = 0;
        while (s[i + quotes] == '"')
        {
            quotes++;
        }

        var delimiter = new string('"', quotes);
        var end = s.IndexOf(delimiter, i + quotes, StringComparison.Ordinal);
        var content = s[(i + quotes)..end];
        if (!content.Contains('\n'))
        {
            return (content, end + quotes);
        }

        var lines = content.Split('\n').Select(l => l.TrimEnd('\r')).ToArray();
        var indent = lines[^1].Length;
        var body = lines[1..^1].Select(l => l.Length >= indent ? l[indent..] : l.TrimStart());
        return (string.Join('\n', body), end + quotes);
    }
}
