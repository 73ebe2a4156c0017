using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace OpenGcm.Api.Tests.Spec;

/// The API on real Kestrel at 127.0.0.1 (a free port), for clients that are not .NET: graphql-js, graphql-http,
/// the examples. One per test class; stopped with it.
public sealed class LiveServer : IAsyncDisposable
{
    private readonly OpenGcmFactory _factory = new();

    public LiveServer()
    {
        _factory.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        _factory.StartServer();
        BaseUrl = _factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        Assert.StartsWith("http://127.0.0.1:", BaseUrl, StringComparison.Ordinal);
    }

    /// `http://127.0.0.1:PORT`, without a trailing slash.
    public string BaseUrl { get; }

    public string GraphQLUrl => BaseUrl + "/graphql";

    public IServiceProvider Services => _factory.Services;

    public HttpClient CreateClient() => new() { BaseAddress = new Uri(BaseUrl) };

    public ValueTask DisposeAsync() => _factory.DisposeAsync();
}
