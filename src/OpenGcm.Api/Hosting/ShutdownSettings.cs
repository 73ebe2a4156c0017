namespace OpenGcm.Api.Hosting;

/// Configuration section `OpenGcm:Shutdown`.
public sealed class ShutdownSettings
{
    /// After SIGTERM, how long `/readyz` answers 503 while requests are still served, so that a load
    /// balancer polling it stops sending new ones; then the listener closes and in-flight requests finish.
    public double DrainSeconds { get; set; }

    /// The longest the whole shutdown may take (drain plus in-flight requests).
    public double TimeoutSeconds { get; set; } = 30;
}
