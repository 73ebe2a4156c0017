using System.Diagnostics;

namespace OpenGcm.GraphQL.Telemetry;

/// The spans of SQLite statements (source `OpenGcm.Data`): the statement's verb only, never its text or parameters;
/// free when nobody listens. EF Core's commands get theirs from the API's interceptor, prepared aggregate statements
/// from PreparedAggregates.
public static class DataActivities
{
    public const string SourceName = "OpenGcm.Data";

    public static readonly ActivitySource Source = new(SourceName);

    /// A client span for one statement, not made current (its caller goes on while the reader is open); null when
    /// nobody listens.
    public static Activity? Start(string verb, bool prepared = false)
    {
        if (!Source.HasListeners())
        {
            return null;
        }

        var previous = Activity.Current;
        var activity = Source.StartActivity($"sqlite {verb}", ActivityKind.Client);
        Activity.Current = previous;
        if (activity is not null)
        {
            activity.SetTag("db.system.name", "sqlite");
            activity.SetTag("db.operation.name", verb);
            if (prepared)
            {
                activity.SetTag("opengcm.statement", "prepared");
            }
        }

        return activity;
    }
}
