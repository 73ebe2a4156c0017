using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace OpenGcm.Api.Tests.Operations;

/// A throw-away redis-server on 127.0.0.1 (no persistence), stopped by its PID; null when Debian's
/// redis-server is not installed (`apt-get install redis-server`; .ci/run installs it).
public sealed class RedisServer : IDisposable
{
    public const string Binary = "/usr/bin/redis-server";

    private readonly Process _process;

    private RedisServer(Process process, int port)
    {
        _process = process;
        Port = port;
    }

    public int Port { get; }

    public string Configuration => $"127.0.0.1:{Port}";

    public static RedisServer? TryStart()
    {
        if (!File.Exists(Binary))
        {
            return null;
        }

        var port = FreePort();
        var process = Process.Start(new ProcessStartInfo(Binary, $"--port {port} --bind 127.0.0.1 --save \"\" --appendonly no --protected-mode yes")
        {
            RedirectStandardOutput = true,
            UseShellExecute = false,
        })!;
        process.StandardOutput.BaseStream.CopyToAsync(Stream.Null);
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (DateTime.UtcNow < deadline)
        {
            try
            {
                using var client = new TcpClient();
                client.Connect(IPAddress.Loopback, port);
                return new RedisServer(process, port);
            }
            catch (SocketException)
            {
                Thread.Sleep(50);
            }
        }

        process.Kill();
        process.Dispose();
        return null;
    }

    public void Stop()
    {
        if (!_process.HasExited)
        {
            _process.Kill();
            _process.WaitForExit(5000);
        }
    }

    public void Dispose()
    {
        Stop();
        _process.Dispose();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
