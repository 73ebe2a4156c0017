namespace OpenGcm.Api.Playground;

/// Where the playground's files are; configuration section `OpenGcm:Playground`.
public sealed class PlaygroundOptions
{
    /// What the build copies from npm into vendor/ (see OpenGcm.Api.csproj): GraphiQL and its Explorer,
    /// lz-string for links, d3 and topojson for the map and the map itself (world-atlas).
    public static readonly IReadOnlyList<string> VendorFiles =
    [
        "react.production.min.js", "react-dom.production.min.js", "graphiql.min.js", "graphiql.min.css",
        "graphiql-explorer.umd.js", "graphiql-explorer.css", "lz-string.min.js", "d3-array.min.js", "d3-geo.min.js",
        "topojson-client.min.js", "countries-110m.json",
    ];

    public string Root { get; set; } = Path.Combine(AppContext.BaseDirectory, "playground");

    /// The page works only with its scripts, which the build copies from npm: without any of them it is off.
    public bool IsAvailable => VendorFiles.All(file => File.Exists(Path.Combine(Root, "vendor", file)));
}
