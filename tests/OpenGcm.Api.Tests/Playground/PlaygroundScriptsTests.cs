using System.Net;
using Microsoft.AspNetCore.Hosting;
using OpenGcm.Api.Playground;

namespace OpenGcm.Api.Tests.Playground;

/// The playground is on only with every script the build copies from npm, the map (world-atlas) and
/// the explorer included: without one of them / and the question pages would load a broken page.
public sealed class PlaygroundScriptsTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("opengcm-playground-").FullName;

    public static TheoryData<string> VendorFiles => [.. PlaygroundOptions.VendorFiles];

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void With_every_script_the_playground_is_available()
    {
        WriteVendorFilesExcept(missing: null);

        Assert.True(new PlaygroundOptions { Root = _root }.IsAvailable);
    }

    [Theory]
    [MemberData(nameof(VendorFiles))]
    public void Without_any_one_script_the_playground_is_off(string missing)
    {
        WriteVendorFilesExcept(missing);

        Assert.False(new PlaygroundOptions { Root = _root }.IsAvailable);
    }

    [Fact]
    public async Task Without_the_map_neither_the_page_nor_the_question_addresses_are_served()
    {
        WriteVendorFilesExcept("countries-110m.json");
        File.Copy(Path.Combine(RepositoryPaths.Root, "src", "OpenGcm.Api", "Playground", "site", "examples.json"), Path.Combine(_root, "examples.json"));
        File.WriteAllText(Path.Combine(_root, "index.html"), "<html></html>");
        File.WriteAllText(Path.Combine(_root, "embed.html"), "<html></html>");
        await using var factory = new RootedFactory(_root);
        var client = factory.CreateClient();

        foreach (var path in new[] { "/", "/q/votes-against", "/embed/votes-against-map", "/embed" })
        {
            var response = await client.GetAsync(path);
            Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"{path}: {response.StatusCode}");
        }
    }

    private void WriteVendorFilesExcept(string? missing)
    {
        Directory.CreateDirectory(Path.Combine(_root, "vendor"));
        foreach (var file in PlaygroundOptions.VendorFiles.Where(f => f != missing))
        {
            File.WriteAllText(Path.Combine(_root, "vendor", file), "/* stand-in */");
        }
    }

    private sealed class RootedFactory(string root) : OpenGcmFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("OpenGcm:Playground:Root", root);
        }
    }
}
