using Microsoft.Extensions.Options;

namespace OpenGcm.Api.Hosting;

public static class RateLimitHeaders
{
    /// After UseRateLimiter: an admitted request learns what is left of its budget (a refused one gets the
    /// same headers from the rejection handler). Nothing to add when rate limiting is off.
    public static IApplicationBuilder UseOpenGcmRateLimitHeaders(this IApplicationBuilder app)
    {
        if (!app.ApplicationServices.GetRequiredService<IOptions<RateLimitSettings>>().Value.Enabled)
        {
            return app;
        }

        var buckets = app.ApplicationServices.GetRequiredService<RateLimitBuckets>();
        return app.Use((http, next) =>
        {
            buckets.SetHeaders(http);
            return next(http);
        });
    }
}
