namespace OpenGcm.Bench.Timing;

/// Each aggregate case, OpenGcm (one POST) and the same SQL run directly, alternately, request by request,
/// after an unmeasured warm-up of both (by time: tiered JIT settles in seconds, not in a count of calls); prints one Markdown row per case with the target
/// (OpenGcm's median ≤ 1.5 × the direct median + 1 ms) met or missed, and the SQL to standard error.
public static class AggregateRun
{
    public static async Task RunAsync(GraphQLPoster client, string database, string sqlDir, int repeats, double warmupSeconds)
    {
        // What any answer costs here (HTTP, GraphQL, no SQL): the part of the limit's 1 ms that is not SQLite's.
        var floor = new List<double>(repeats);
        for (var warm = System.Diagnostics.Stopwatch.GetTimestamp(); Stats.Ms(warm) < warmupSeconds * 1000;)
        {
            await client.PostAsync("{ __typename }");
        }

        for (var i = 0; i < repeats; i++)
        {
            var start = System.Diagnostics.Stopwatch.GetTimestamp();
            await client.PostAsync("{ __typename }");
            floor.Add(Stats.Ms(start));
        }

        Console.WriteLine(FormattableString.Invariant(
            $"| `{{ __typename }}` (no SQL: HTTP and GraphQL alone) | {Stats.Median(floor):0.00} | {Stats.P90(floor):0.00} | | | | |"));
        foreach (var c in AggregateCase.All)
        {
            var statements = SqlLog.Load(Path.Combine(sqlDir, $"{c.Key}.json"));
            foreach (var statement in statements)
            {
                var parameters = string.Join(", ", statement.Parameters.Select(p => $"{p.Name} = {p.Value ?? "NULL"}"));
                await Console.Error.WriteLineAsync($"-- {c.Label}{(parameters.Length > 0 ? $" ({parameters})" : "")}\n{statement.Text};\n");
            }

            using var direct = new DirectSql(database, statements);
            for (var warm = System.Diagnostics.Stopwatch.GetTimestamp(); Stats.Ms(warm) < warmupSeconds * 1000;)
            {
                await client.PostAsync(c.Query);
                direct.Run();
            }

            var (api, sql) = (new List<double>(repeats), new List<double>(repeats));
            for (var i = 0; i < repeats; i++)
            {
                var start = System.Diagnostics.Stopwatch.GetTimestamp();
                await client.PostAsync(c.Query);
                api.Add(Stats.Ms(start));
                start = System.Diagnostics.Stopwatch.GetTimestamp();
                direct.Run();
                sql.Add(Stats.Ms(start));
            }

            var limit = 1.5 * Stats.Median(sql) + 1;
            var met = Stats.Median(api) <= limit ? "met" : "**missed**";
            Console.WriteLine(FormattableString.Invariant(
                $"| {c.Label} | {Stats.Median(api):0.00} | {Stats.P90(api):0.00} | {Stats.Median(sql):0.00} | {Stats.P90(sql):0.00} | {limit:0.00} | {met} |"));
        }
    }
}
