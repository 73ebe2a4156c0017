using System.Net.Http.Headers;
using System.Text;
using Newtonsoft.Json;

namespace OpenGcm.Api.Tests.Hardening;

/// Seeded generator of hostile or malformed requests: the same seed gives the same cases.
public sealed class HostileRequests(int seed)
{
    private static readonly string[] Fields = ["states", "objectives", "reports", "imrfSessions", "dataset", "state", "node", "guidingPrinciples", "__schema", "__type", "nope"];
    private static readonly string[] Directives = ["@include(if: true)", "@skip(if: false)", "@skip(if: true)", "@deprecated", "@specifiedBy(url: \"x\")", "@unknown", "@include", "@skip(if: $flag)"];
    private readonly Random _random = new(seed);

    public IEnumerable<(string Kind, Func<HttpRequestMessage> Request)> Generate(int perKind)
    {
        var kinds = new (string Kind, Func<HttpRequestMessage> Make)[]
        {
            ("deep nesting", () => Post(Nesting(_random.Next(10, 80)))),
            ("alias bomb", () => Post("{" + string.Concat(Enumerable.Range(0, _random.Next(20, 600)).Select(i => $" a{i}: states(first: {_random.Next(1, 300)}) {{ nodes {{ iso3 }} }}")) + " }")),
            ("fragment cycle", () => Post(FragmentCycle())),
            ("fragment explosion", () => Post(FragmentExplosion(_random.Next(5, 30)))),
            ("directives everywhere", () => Post($"query Q($flag: Boolean = true) @include(if: true) {{ states(first: 2) {Pick(Directives)} {{ nodes {Pick(Directives)} {{ iso3 {Pick(Directives)} ...F {Pick(Directives)} }} }} }} fragment F on State {Pick(Directives)} {{ name {Pick(Directives)} }}")),
            ("huge variable list", () => Post("query ($k: [String!]) { states(where: {iso3: {in: $k}}) { totalCount } }", new { k = Enumerable.Range(0, _random.Next(1_000, 60_000)).Select(i => "X" + i) })),
            ("wrong variable type", () => Post("query ($n: Int!, $s: String, $w: StateFilterInput) { objective(number: $n) { title } state(iso3: $s) { name } states(where: $w) { totalCount } }", WrongVariables())),
            ("invalid utf-8", () => Raw(InvalidUtf8(), "application/json")),
            ("wrong content type", () => Raw(Encoding.UTF8.GetBytes("{\"query\":\"{ dataset { version } }\"}"), Pick(["text/plain", "application/xml", "multipart/form-data; boundary=x", "application/x-www-form-urlencoded", "application/graphql", "image/png", "application/json; charset=latin1"]))),
            ("enormous string", () => Post($"{{ state(iso3: \"{new string('A', _random.Next(10_000, 200_000))}\") {{ name }} reports(search: \"{new string('b', _random.Next(100, 5_000))}\") {{ totalCount }} }}")),
            ("oversized body", () => Raw(Encoding.UTF8.GetBytes("{\"query\":\"{ dataset { version } }\",\"pad\":\"" + new string('x', _random.Next(1_048_577, 1_500_000)) + "\"}"), "application/json")),
            ("forged cursor", () => Post($"{{ states(first: 5, after: \"{Cursor()}\") {{ nodes {{ iso3 }} }} reports(last: 3, before: \"{Cursor()}\") {{ totalCount }} node(id: \"{Cursor()}\") {{ id }} }}")),
            ("extreme numbers", () => Post($"{{ states(first: {Pick(["-1", "0", "2147483647", "2147483648", "-2147483649", "99999999999999999999", "1e309", "3.5", "null", "\"10\""])}) {{ nodes {{ iso3 }} }} objective(number: {Pick(["-5", "0", "24", "2147483648", "1.5", "\"7\""])}) {{ title }} }}")),
            ("unknown operation name", () => Post("query A { dataset { version } } query B { states { totalCount } }", operationName: Pick(["C", "", "A B", new string('z', 5_000)]))),
            ("batched array", () => Raw(Encoding.UTF8.GetBytes("[" + string.Join(',', Enumerable.Range(0, _random.Next(1, 50)).Select(_ => "{\"query\":\"{ dataset { version } }\"}")) + "]"), "application/json")),
            ("get mutation", () => Get(Pick(["mutation { x }", "mutation M { states { totalCount } }", "subscription { x }", "query { a } mutation { b }"]), Pick([null, "M", "b"]))),
            ("filter abuse", () => Post($"{{ states(where: {Filter(_random.Next(1, 12))}) {{ totalCount }} reports(order: [{{ state: {{ name: DESC }} }}, {{ title: ASC }}], where: {{ objectives: {{ all: {{ number: {{ in: [] }} }} }} }}) {{ groupBy(field: OBJECTIVE) {{ key count }} }} }}")),
            ("token soup", () => Post(Soup())),
            ("malformed json", () => Raw(Encoding.UTF8.GetBytes(Pick(["{", "{\"query\":", "null", "\"query\"", "{\"query\":null}", "{\"query\":123}", "{\"query\":\"{ dataset { version } }\",\"variables\":\"x\"}", "{\"query\":\"{ dataset { version } }\",\"variables\":[1]}", "{\"query\":\"{ a }\",\"extensions\":{\"persistedQuery\":{\"version\":2}}}", "\u0000\u0001"])), "application/json")),
            ("bad get parameters", () => new HttpRequestMessage(HttpMethod.Get, "/graphql?" + Pick(["query=%7B&variables=%7B", "variables=x", "query=a&query=b", "extensions=%5B%5D&query=%7Bdataset%7Bversion%7D%7D", "query=%7Bdataset%7Bversion%7D%7D&format=csv", "format=csv", "query=" + new string('%', 3), "operationName=x"]))),
            ("other methods", () => new HttpRequestMessage(new HttpMethod(Pick(["PUT", "DELETE", "PATCH", "TRACE", "OPTIONS", "PROPFIND"])), "/graphql")),
            ("search syntax", () => Post($"{{ reports(search: {JsonConvert.SerializeObject(Pick(["\"", "AND", "OR OR", "*", "NEAR(", "a:b", "(((", "\u0000", "title:", "^x", "-", "\"unterminated", "x NOT"]))}) {{ totalCount }} }}")),
        };

        foreach (var (kind, make) in kinds)
        {
            for (var i = 0; i < perKind; i++)
            {
                yield return (kind, make);
            }
        }
    }

    private T Pick<T>(IReadOnlyList<T> options) => options[_random.Next(options.Count)];

    private string Nesting(int depth)
    {
        var open = string.Concat(Enumerable.Range(0, depth).Select(i => i % 3 == 0 ? "states { nodes { " : i % 3 == 1 ? "reports { nodes { " : "state { "));
        var close = new string('}', _random.Next(0, 4) == 0 ? depth : depth * 2);
        return "{ " + open + "iso3 " + close + " }";
    }

    private string FragmentCycle()
    {
        var count = _random.Next(2, 6);
        var fragments = Enumerable.Range(0, count).Select(i => $"fragment F{i} on Query {{ dataset {{ version }} ...F{(i + 1) % count} }}");
        return "{ ...F0 } " + string.Join(' ', fragments);
    }

    private static string FragmentExplosion(int levels)
    {
        // Each fragment spreads the next twice: 2^levels field visits if expanded naively.
        var fragments = Enumerable.Range(0, levels).Select(i => i == levels - 1
            ? $"fragment F{i} on State {{ iso3 name }}"
            : $"fragment F{i} on State {{ ...F{i + 1} ...F{i + 1} }}");
        return "{ states(first: 200) { nodes { ...F0 } } } " + string.Join(' ', fragments);
    }

    private object WrongVariables() => _random.Next(6) switch
    {
        0 => new { n = "seven", s = 3, w = "x" },
        1 => new { n = 1.5, s = new[] { "a" }, w = new { nope = 1 } },
        2 => new { n = (int?)null, s = (string?)null, w = new { iso3 = new { eq = 5 } } },
        3 => new { n = long.MaxValue, s = new { a = 1 }, w = new { and = "x" } },
        4 => new { n = true, s = false, w = new { gcmVote = new { eq = "MAYBE" } } },
        _ => new { n = new[] { 1, 2 }, s = "HUN", w = new { or = new[] { new { name = new { contains = (string?)null } } } } },
    };

    private byte[] InvalidUtf8()
    {
        var prefix = Encoding.UTF8.GetBytes("{\"query\":\"{ state(iso3: \\\"");
        var bad = new byte[_random.Next(1, 40)];
        _random.NextBytes(bad);
        bad[0] = Pick(new byte[] { 0xFF, 0xC0, 0xED, 0xF8, 0x80 });
        return [.. prefix, .. bad, .. Encoding.UTF8.GetBytes("\\\") { name } }\"}")];
    }

    private string Cursor() => Pick(new Func<string>[]
    {
        () => Convert.ToBase64String(Encoding.UTF8.GetBytes("o:" + _random.Next(-1000, int.MaxValue))),
        () => Convert.ToBase64String(Encoding.UTF8.GetBytes("State:" + new string('Z', _random.Next(1, 700)))),
        () => new string('=', _random.Next(1, 20)),
        () => "bzo" + _random.Next(),
        () => "%%%",
        () => string.Empty,
    })();

    private string Filter(int depth) => depth <= 0
        ? Pick(["{}", "{ name: { eq: null } }", "{ iso3: { in: [] } }", "{ name: { startsWith: \"\" } }", "{ region: { neq: null } }", "{ reports: { any: true } }"])
        : Pick(new Func<string>[]
        {
            () => $"{{ and: [{Filter(depth - 1)}, {Filter(depth - 1)}] }}",
            () => $"{{ or: [{Filter(depth - 1)}] }}",
            () => $"{{ reports: {{ some: {{ state: {Filter(depth - 1)} }} }} }}",
            () => $"{{ reports: {{ none: {{ objectives: {{ all: {{ number: {{ gt: {_random.Next()} }} }} }} }} }} }}",
        })();

    private string Soup()
    {
        string[] tokens = ["{", "}", "(", ")", "[", "]", ":", "$", "@", "...", "on", "query", "fragment", "states", "first", "\"", "!", "=", "1", "null", "true", "#", "\\u0000", "nodes", "iso3", ",", "|", "&"];
        return string.Concat(Enumerable.Range(0, _random.Next(1, 200)).Select(_ => Pick(tokens) + (_random.Next(3) == 0 ? " " : string.Empty)));
    }

    private static HttpRequestMessage Post(string query, object? variables = null, string? operationName = null)
        => Raw(Encoding.UTF8.GetBytes(JsonConvert.SerializeObject(new { query, variables, operationName })), "application/json");

    private static HttpRequestMessage Raw(byte[] body, string contentType)
    {
        var content = new ByteArrayContent(body);
        content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        return new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = content };
    }

    private static HttpRequestMessage Get(string query, string? operationName)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/graphql?query=" + Uri.EscapeDataString(query) + (operationName is null ? string.Empty : "&operationName=" + operationName));
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/graphql-response+json"));
        return request;
    }
}
