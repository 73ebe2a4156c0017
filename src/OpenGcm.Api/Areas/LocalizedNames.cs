namespace OpenGcm.Api.Areas;

/// A name in the six official UN languages (UNTERM, M49 where UNTERM has none).
public sealed class LocalizedNames
{
    public required LocalizedName En { get; init; }

    public required LocalizedName Fr { get; init; }

    public required LocalizedName Es { get; init; }

    public required LocalizedName Ru { get; init; }

    public required LocalizedName Zh { get; init; }

    public required LocalizedName Ar { get; init; }
}
