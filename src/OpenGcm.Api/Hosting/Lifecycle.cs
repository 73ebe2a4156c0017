using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace OpenGcm.Api.Hosting;

/// Graceful stop: on SIGTERM (or Ctrl+C) `/readyz` turns 503 at once; requests keep being served for
/// `OpenGcm:Shutdown:DrainSeconds`; then Kestrel stops accepting, waits for the requests in flight
/// and the process exits.
public static class Lifecycle
{
    public static IServiceCollection AddOpenGcmLifecycle(this IServiceCollection services, IConfiguration configuration)
    {
        var settings = configuration.GetSection("OpenGcm:Shutdown").Get<ShutdownSettings>() ?? new ShutdownSettings();
        services.Configure<ShutdownSettings>(configuration.GetSection("OpenGcm:Shutdown"));
        services.Configure<HostOptions>(host => host.ShutdownTimeout = TimeSpan.FromSeconds(Math.Max(settings.TimeoutSeconds, settings.DrainSeconds + 1)));
        services.AddHealthChecks().AddCheck<StoppingCheck>("shutdown", tags: ["ready"]);
        services.AddHostedService<DrainDelay>();
        return services;
    }

    private sealed class StoppingCheck(IHostApplicationLifetime lifetime) : IHealthCheck
    {
        public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
            => Task.FromResult(lifetime.ApplicationStopping.IsCancellationRequested
                ? HealthCheckResult.Unhealthy("shutting down")
                : HealthCheckResult.Healthy("running"));
    }

    /// Runs before the server's own stop (IHostedLifecycleService.StoppingAsync), so the server still answers meanwhile.
    private sealed class DrainDelay(IOptions<ShutdownSettings> settings, ILogger<DrainDelay> logger) : IHostedLifecycleService
    {
        public async Task StoppingAsync(CancellationToken cancellationToken)
        {
            var drain = TimeSpan.FromSeconds(settings.Value.DrainSeconds);
            if (drain > TimeSpan.Zero)
            {
                var seconds = drain.TotalSeconds;
                if (logger.IsEnabled(LogLevel.Information))
                {
                    logger.LogInformation("Stopping: /readyz answers 503; serving for {Seconds} s more, then finishing requests in flight", seconds);
                }

                try
                {
                    await Task.Delay(drain, cancellationToken);
                }
                catch (OperationCanceledException)
                {
                    // The shutdown timeout ran out first: stop now.
                }
            }
        }

        public Task StartingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
