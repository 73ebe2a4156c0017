using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace OpenGcm.Api.Tests.Playground;

/// What the browser tests share: Debian's Chromium and Node.js (skipped, with the reason, where
/// either is missing), playwright-core installed in tests/browser, the server on 127.0.0.1.
internal static class BrowserHarness
{
    /// The browser tests run one after the other: two Chromiums at once on a small machine make timeouts likely.
    public const string Collection = "Browser";

    public static string Chromium => Environment.GetEnvironmentVariable("CHROMIUM_PATH") ?? "/usr/bin/chromium";

    public static string Scripts => Path.Combine(RepositoryPaths.Root, "tests", "browser");

    public static async Task SkipUnlessBrowserAsync()
    {
        Skip.IfNot(File.Exists(Chromium), $"Chromium not found at {Chromium} (apt-get install chromium, or set CHROMIUM_PATH); .ci/run installs it.");
        Skip.IfNot(await ProcessRunner.SucceedsAsync("node", ["--version"], RepositoryPaths.Root, TimeSpan.FromSeconds(30)), "Node.js is not on PATH.");
        if (!Directory.Exists(Path.Combine(Scripts, "node_modules", "playwright-core")))
        {
            var installed = await ProcessRunner.SucceedsAsync("npm", ["ci", "--no-audit", "--no-fund"], Scripts, TimeSpan.FromMinutes(3));
            Assert.True(installed, "npm ci in tests/browser failed");
        }
    }

    /// Starts the server on a free port of 127.0.0.1 and returns its address.
    public static string StartOnLoopback(OpenGcmFactory factory)
    {
        factory.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        factory.StartServer();
        var baseUrl = factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        Assert.StartsWith("http://127.0.0.1:", baseUrl, StringComparison.Ordinal);
        return baseUrl;
    }

    /// docs/{name} (shown in README) is written when missing or on request (OPENGCM_UPDATE_SCREENSHOT=1);
    /// otherwise the screenshot goes next to the test binaries, so a test run leaves the work tree as it was.
    public static string ScreenshotPath(string name)
    {
        var documented = Path.Combine(RepositoryPaths.Root, "docs", name);
        var path = !File.Exists(documented) || Environment.GetEnvironmentVariable("OPENGCM_UPDATE_SCREENSHOT") == "1"
            ? documented
            : Path.Combine(AppContext.BaseDirectory, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        return path;
    }

    /// Runs a script of tests/browser through ProcessRunner (both streams drained, killed with its children
    /// past the timeout) and returns its last line (the JSON it printed).
    public static async Task<string> RunNodeAsync(TimeSpan timeout, params string[] arguments)
    {
        var run = await ProcessRunner.RunAsync("node", arguments, Scripts, timeout);
        Assert.True(run.ExitCode == 0, run.Error);
        return run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Last();
    }
}
