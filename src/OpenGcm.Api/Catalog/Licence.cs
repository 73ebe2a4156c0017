using GraphQL.Types;
using OpenGcm.Api.Sources;

namespace OpenGcm.Api.Catalog;

/// A licence that sources of the dataset are under.
public sealed record Licence(string Id, string Name, string? Url, int Sources)
{
    private static readonly Dictionary<string, (string Name, string Url)> Known = new(StringComparer.Ordinal)
    {
        ["CC-BY-SA-4.0"] = ("Creative Commons Attribution-ShareAlike 4.0 International", "https://creativecommons.org/licenses/by-sa/4.0/"),
        ["CC-BY-3.0-IGO"] = ("Creative Commons Attribution 3.0 IGO", "https://creativecommons.org/licenses/by/3.0/igo/"),
        ["CC0-1.0"] = ("Creative Commons Zero v1.0 Universal", "https://creativecommons.org/publicdomain/zero/1.0/"),
        ["CC-BY-4.0"] = ("Creative Commons Attribution 4.0 International", "https://creativecommons.org/licenses/by/4.0/"),
        ["ODC-PDDL-1.0"] = ("Open Data Commons Public Domain Dedication and License v1.0", "https://opendatacommons.org/licenses/pddl/1-0/"),
        ["MIT"] = ("MIT License", "https://opensource.org/license/mit"),
    };

    public static IReadOnlyList<Licence> Of(IEnumerable<Source> sources)
        => sources.Where(s => s.Licence is not null)
            .GroupBy(s => s.Licence!, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => Known.TryGetValue(g.Key, out var known) ? new Licence(g.Key, known.Name, known.Url, g.Count()) : new Licence(g.Key, g.Key,
                null, g.Count()))
            .ToList();
}
