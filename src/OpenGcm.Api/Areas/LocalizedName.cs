namespace OpenGcm.Api.Areas;

/// A short and a formal name in one language.
public sealed class LocalizedName
{
    public string? Short { get; init; }

    public string? Formal { get; init; }
}
