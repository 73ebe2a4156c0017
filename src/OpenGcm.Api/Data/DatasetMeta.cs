namespace OpenGcm.Api.Data;

/// Key/value facts about the built database: the content hash of data/ it was built from.
public sealed class DatasetMeta
{
    public const string ContentHash = "content_hash";

    public required string Key { get; init; }

    public required string Value { get; init; }
}
