using System.Diagnostics;
using System.Text.Json;

namespace OpenGcm.Bench.Timing;

/// Cost as the work grows: each shape at page sizes 25, 50, 100 and 200, timed over sequential POSTs
/// after a warm-up (by time, for tiered JIT); prints the objects returned and the median time per object, which should stay flat
/// (or fall) as the page and the depth double.
public static class ScalingRun
{
    private static readonly (string Shape, string Query)[] Shapes =
    [
        ("states, 1 level", "{ states(first: N) { nodes { iso3 name region } } }"),
        ("states → reports, 2 levels", "{ states(first: N) { nodes { iso3 reports { nodes { key title } } } } }"),
        ("states → reports → objectives + state, 3 levels",
            "{ states(first: N) { nodes { iso3 reports { nodes { key objectives { number } state { iso3 } } } } } }"),
        ("migrant stock, 1 level", "{ migrantStock(first: N) { nodes { year sex migrants } } }"),
        ("migrant stock → destination + origin, 2 levels",
            "{ migrantStock(first: N) { nodes { year sex migrants destination { iso3 name } origin { iso3 } } } }"),
    ];

    public static async Task RunAsync(GraphQLPoster client, int repeats, double warmupSeconds)
    {
        foreach (var (shape, template) in Shapes)
        {
            foreach (var size in new[] { 25, 50, 100, 200 })
            {
                var query = template.Replace("first: N", $"first: {size}", StringComparison.Ordinal);
                var objects = Objects(await client.PostAsync(query));
                for (var warm = Stopwatch.GetTimestamp(); Stats.Ms(warm) < warmupSeconds * 1000;)
                {
                    await client.PostAsync(query);
                }

                var times = new List<double>(repeats);
                for (var i = 0; i < repeats; i++)
                {
                    var start = Stopwatch.GetTimestamp();
                    await client.PostAsync(query);
                    times.Add(Stats.Ms(start));
                }

                var median = Stats.Median(times);
                Console.WriteLine(FormattableString.Invariant(
                    $"| {shape} | {size} | {objects} | {median:0.00} | {Stats.P90(times):0.00} | {median * 1000 / objects:0.0} |"));
            }
        }
    }

    /// Objects in the answer's data: every JSON object but the connections (those holding `nodes`).
    private static int Objects(byte[] body)
    {
        using var json = JsonDocument.Parse(body);
        return json.RootElement.GetProperty("data").EnumerateObject().Sum(p => Count(p.Value));
    }

    private static int Count(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => (element.TryGetProperty("nodes", out _) ? 0 : 1) + element.EnumerateObject().Sum(p => Count(p.Value)),
        JsonValueKind.Array => element.EnumerateArray().Sum(Count),
        _ => 0,
    };
}
