using System.Net;
using System.Net.Sockets;
using System.Text;

namespace AwsIdentity.Aws.Tests.Support;

/// <summary>
/// Raw TCP server on 127.0.0.1 that resets the first N connections after reading the request (a
/// transient network failure), then answers 200 with a DescribeCluster body.
/// </summary>
public sealed class ResettingServer : IDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly int _resets;
    private readonly Task _loop;
    private int _connections;

    public ResettingServer(int resets)
    {
        _resets = resets;
        _listener.Start();
        Endpoint = $"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}/";
        _loop = Task.Run(LoopAsync);
    }

    public string Endpoint { get; }

    public int Connections => Volatile.Read(ref _connections);

    public void Dispose()
    {
        _listener.Stop();
        try
        {
            _loop.Wait(TimeSpan.FromSeconds(5));
        }
        catch (AggregateException)
        {
        }
    }

    private async Task LoopAsync()
    {
        while (true)
        {
            Socket socket;
            try
            {
                socket = await _listener.AcceptSocketAsync();
            }
            catch (Exception e) when (e is SocketException or ObjectDisposedException)
            {
                return;
            }

            using (socket)
            {
                var count = Interlocked.Increment(ref _connections);
                var buffer = new byte[16384];
                await socket.ReceiveAsync(buffer);
                if (count <= _resets)
                {
                    socket.LingerState = new LingerOption(true, 0); // close with RST
                    socket.Close();
                    continue;
                }

                const string body = """{"cluster":{"name":"c1"}}""";
                var reply = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: close\r\n" +
                    $"Content-Length: {body.Length}\r\n\r\n{body}";
                await socket.SendAsync(Encoding.ASCII.GetBytes(reply));
                socket.Shutdown(SocketShutdown.Both);
            }
        }
    }
}
