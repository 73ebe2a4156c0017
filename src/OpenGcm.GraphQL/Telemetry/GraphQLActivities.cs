using System.Diagnostics;

namespace OpenGcm.GraphQL.Telemetry;

/// The spans of the GraphQL plumbing (source `OpenGcm.GraphQL`); free when nobody listens.
public static class GraphQLActivities
{
    public const string SourceName = "OpenGcm.GraphQL";

    public static readonly ActivitySource Source = new(SourceName);
}
