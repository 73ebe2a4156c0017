namespace OpenGcm.GraphQL.Limits;

/// What one request may ask of a public endpoint; configuration section `OpenGcm:Limits`.
public sealed class LimitOptions
{
    /// Deepest field nesting (GraphQL.NET's complexity analyzer).
    public int MaxDepth { get; set; } = 15;

    /// Highest estimated cost, with `first`/`last` as list multipliers (GraphQL.NET's complexity analyzer).
    public int MaxComplexity { get; set; } = 4_000_000;

    /// Most aliased fields in a document (alias bombs).
    public int MaxAliases { get; set; } = 50;

    /// Most field selections in the operation with every fragment expanded (fragment explosions).
    public int MaxSelections { get; set; } = 5_000;

    /// Most fields at the root of the operation, fragments expanded.
    public int MaxRootFields { get; set; } = 25;

    /// Largest POST body, in bytes (413 above it).
    public long MaxBodyBytes { get; set; } = 1_048_576;

    /// Longest document, in characters.
    public int MaxQueryLength { get; set; } = 20_000;

    /// Most values (list items, object fields, scalars) in `variables`.
    public int MaxVariableValues { get; set; } = 5_000;

    /// Longest execution before the request ends with a TIMEOUT error, in seconds.
    public double TimeoutSeconds { get; set; } = 5;
}
