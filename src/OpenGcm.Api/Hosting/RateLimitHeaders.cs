namespace OpenGcm.Api.Hosting;

public static class RateLimitHeaders
{
    /// After UseRateLimiter: an admitted request learns what is left of its budget (a refused one gets the
    /// same headers from the rejection handler).
    public static IApplicationBuilder UseOpenGcmRateLimitHeaders(this IApplicationBuilder app)
        => app.Use((http, next) =>
        {
            http.RequestServices.GetRequiredService<RateLimitBuckets>().SetHeaders(http);
            return next(http);
        });
}
