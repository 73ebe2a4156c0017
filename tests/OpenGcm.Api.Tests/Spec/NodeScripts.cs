using System.Diagnostics;
using Newtonsoft.Json.Linq;

namespace OpenGcm.Api.Tests.Spec;

/// Runs processes for the tests that talk to a live server, above all the Node.js scripts of a folder under tests/ (npm ci first when node_modules is missing) and reads
/// the JSON line each prints last. Tests that need them skip, with the reason, where Node.js is missing.
public static class NodeScripts
{
    public static async Task<bool> NodeIsAvailableAsync() => (await RunAsync("node", ["--version"], RepositoryPaths.Root, TimeSpan.FromSeconds(30))).ExitCode == 0;

    public static async Task EnsureInstalledAsync(string folder)
    {
        if (!Directory.Exists(Path.Combine(folder, "node_modules")))
        {
            var install = await RunAsync("npm", ["ci", "--no-audit", "--no-fund"], folder, TimeSpan.FromMinutes(5));
            Assert.True(install.ExitCode == 0, $"npm ci in {folder} failed: {install.Error}");
        }
    }

    /// Runs `node script args…` in folder; returns the exit code, standard output and standard error.
    public static Task<(int ExitCode, string Output, string Error)> NodeAsync(string folder, params string[] arguments)
        => RunAsync("node", arguments, folder, TimeSpan.FromMinutes(3));

    public static JObject LastJsonLine(string output)
        => JObject.Parse(output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Last());

    public static async Task<(int ExitCode, string Output, string Error)> RunAsync(
        string file, IEnumerable<string> arguments, string folder, TimeSpan timeout, params (string Name, string Value)[] environment)
    {
        var start = new ProcessStartInfo(file) { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        try
        {
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
                return (-1, await output, $"timed out after {timeout}: {await error}");
            }

            return (process.ExitCode, await output, await error);
        }
        catch (System.ComponentModel.Win32Exception ex)
        {
            return (-1, string.Empty, ex.Message);
        }
    }
}
