namespace OpenGcm.Api.Tests;

public sealed class ProcessRunnerTests
{
    /// Regression: the browser test redirected npm's output without reading it, so a process that
    /// writes more than a pipe holds (64 KiB) blocked forever. Both streams are drained now.
    [Fact]
    public async Task A_process_writing_more_than_a_pipe_holds_on_both_streams_finishes()
    {
        var outcome = await ProcessRunner.RunAsync(
            "sh", ["-c", "head -c 300000 /dev/zero | tr '\\0' x; head -c 300000 /dev/zero | tr '\\0' y >&2"], Path.GetTempPath(), TimeSpan.FromSeconds(30));

        Assert.Equal(0, outcome.ExitCode);
        Assert.Equal(300_000, outcome.Output.Length);
        Assert.Equal(300_000, outcome.Error.Length);
    }
}
