using System.Diagnostics;

namespace OpenGcm.Api.Tests;

/// Runs a tool (npm, node) to the end: both output streams are read while it runs, so a chatty
/// process cannot fill a pipe and block; past the timeout it is killed with its children.
public static class ProcessRunner
{
    public sealed record Outcome(int ExitCode, string Output, string Error);

    public static async Task<Outcome> RunAsync(string file, IEnumerable<string> arguments, string directory, TimeSpan timeout)
    {
        var start = new ProcessStartInfo(file) { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var cancel = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cancel.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{file} did not finish within {timeout}.");
        }

        return new Outcome(process.ExitCode, await output, await error);
    }

    /// Whether the tool exists and succeeds; false when it is not installed.
    public static async Task<bool> SucceedsAsync(string file, IEnumerable<string> arguments, string directory, TimeSpan timeout)
    {
        try
        {
            return (await RunAsync(file, arguments, directory, timeout)).ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }
}
