using System.Diagnostics;

namespace OpenGcm.Bench.Timing;

/// Median and 90th percentile of timings in milliseconds (nearest rank).
public static class Stats
{
    public static double Ms(long startTimestamp) => Stopwatch.GetElapsedTime(startTimestamp).TotalMilliseconds;

    public static double Median(IReadOnlyList<double> values) => Percentile(values, 0.5);

    public static double P90(IReadOnlyList<double> values) => Percentile(values, 0.9);

    private static double Percentile(IReadOnlyList<double> values, double p)
    {
        var sorted = values.Order().ToArray();
        return sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];
    }
}
