namespace OpenGcm.Api.Data;

/// Key/value facts about the built database: the content hash of data/ and of the schema it was built from, the hash
/// of data/ alone, and the build of OpenGcm that wrote it.
public sealed class DatasetMeta
{
    public const string ContentHash = "content_hash";

    public const string DataHash = "data_hash";

    public const string BuiltBy = "built_by";

    public required string Key { get; init; }

    public required string Value { get; init; }
}
