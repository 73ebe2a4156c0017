namespace OpenGcm.Api.Graph;

public static class FeatureRegistration
{
    /// Registers a feature's root fields once: as itself, as IRootFields and, when its objects have
    /// global ids, as the INodeSource that resolves `node(id:)` for them.
    public static IServiceCollection AddFeature<TFeature>(this IServiceCollection services)
        where TFeature : class, IRootFields
    {
        services.AddSingleton<TFeature>();
        services.AddSingleton<IRootFields>(sp => sp.GetRequiredService<TFeature>());
        if (typeof(INodeSource).IsAssignableFrom(typeof(TFeature)))
        {
            services.AddSingleton(sp => (INodeSource)sp.GetRequiredService<TFeature>());
        }

        return services;
    }
}
