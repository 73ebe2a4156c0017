using OpenGcm.Bench.Timing;

// bench/aggregates.sh and bench/scaling.sh run this; see bench/README.md.
//   Timing capture    URL LOG_FILE OUT_DIR               POST each aggregate case once, keep the SQL the server logged for it
//   Timing aggregates URL DATABASE SQL_DIR REPEATS WARMUP_S  OpenGcm against its own SQL run directly, one Markdown row per case
//   Timing scaling    URL REPEATS WARMUP_S                time per returned object as page size and depth double
if (args.Length < 2)
{
    Console.Error.WriteLine("usage: Timing capture|aggregates|scaling URL ...");
    return 2;
}

using var client = new GraphQLPoster(new Uri(args[1]));
switch (args[0])
{
    case "capture":
        foreach (var c in AggregateCase.All)
        {
            var statements = await SqlLog.CaptureAsync(args[2], () => client.PostAsync(c.Query));
            SqlLog.Save(Path.Combine(args[3], $"{c.Key}.json"), statements);
            Console.Error.WriteLine($"({c.Key}) {statements.Count} statement(s)");
        }

        return 0;
    case "aggregates":
        await AggregateRun.RunAsync(client, args[2], args[3], int.Parse(args[4], System.Globalization.CultureInfo.InvariantCulture),
            double.Parse(args[5], System.Globalization.CultureInfo.InvariantCulture));
        return 0;
    case "scaling":
        await ScalingRun.RunAsync(client, int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture),
            double.Parse(args[3], System.Globalization.CultureInfo.InvariantCulture));
        return 0;
    default:
        Console.Error.WriteLine($"unknown mode {args[0]}");
        return 2;
}
