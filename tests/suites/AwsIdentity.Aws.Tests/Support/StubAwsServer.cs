using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace AwsIdentity.Aws.Tests.Support;

/// <summary>One request as the stub saw it.</summary>
public sealed record RecordedRequest(string Method, string RawUrl, IReadOnlyDictionary<string, string> Headers, string Body)
{
    public string Path => RawUrl.Split('?')[0];

    public string Query => RawUrl.Contains('?', StringComparison.Ordinal) ? RawUrl[(RawUrl.IndexOf('?', StringComparison.Ordinal) + 1)..] : "";

    public string Header(string name) => Headers.TryGetValue(name.ToLowerInvariant(), out var v) ? v : "";
}

/// <summary>A canned reply.</summary>
public sealed record StubReply(int Status, string Body = "{}", string? ErrorType = null)
{
    public string RequestId { get; init; } = Guid.NewGuid().ToString();
}

/// <summary>
/// HTTP server on 127.0.0.1 that records requests and answers from a queue (then with the fallback reply).
/// Stands in for AWS in the unit-level tests; no SigV4 checking here (the emulator does that).
/// </summary>
public sealed class StubAwsServer : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly ConcurrentQueue<StubReply> _replies = new();
    private readonly ConcurrentQueue<RecordedRequest> _requests = new();
    private readonly Task _loop;

    public StubAwsServer()
    {
        var port = FreePort();
        Endpoint = $"http://127.0.0.1:{port}/";
        _listener.Prefixes.Add(Endpoint);
        _listener.Start();
        _loop = Task.Run(LoopAsync);
    }

    public string Endpoint { get; }

    public StubReply Fallback { get; set; } = new(200);

    public IReadOnlyList<RecordedRequest> Requests => _requests.ToArray();

    public RecordedRequest Single() => Assert.Single(Requests);

    public StubAwsServer Reply(params StubReply[] replies)
    {
        foreach (var reply in replies)
        {
            _replies.Enqueue(reply);
        }

        return this;
    }

    public void Dispose()
    {
        _listener.Close();
        try
        {
            _loop.Wait(TimeSpan.FromSeconds(5));
        }
        catch (AggregateException)
        {
        }
    }

    public static int FreePort()
    {
        using var socket = new TcpListener(IPAddress.Loopback, 0);
        socket.Start();
        return ((IPEndPoint)socket.LocalEndpoint).Port;
    }

    private async Task LoopAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            Handle(context);
        }
    }

    private void Handle(HttpListenerContext context)
    {
        using var reader = new StreamReader(context.Request.InputStream, Encoding.UTF8);
        var headers = context.Request.Headers.AllKeys
            .Where(k => k is not null)
            .ToDictionary(k => k!.ToLowerInvariant(), k => context.Request.Headers[k] ?? "");
        _requests.Enqueue(new RecordedRequest(context.Request.HttpMethod, context.Request.RawUrl ?? "", headers, reader.ReadToEnd()));

        var reply = _replies.TryDequeue(out var next) ? next : Fallback;
        var bytes = Encoding.UTF8.GetBytes(reply.Body);
        context.Response.StatusCode = reply.Status;
        context.Response.ContentType = "application/json";
        context.Response.Headers["x-amzn-RequestId"] = reply.RequestId;
        if (reply.ErrorType is not null)
        {
            context.Response.Headers["X-Amzn-ErrorType"] = reply.ErrorType;
        }

        context.Response.ContentLength64 = bytes.Length;
        context.Response.OutputStream.Write(bytes);
        context.Response.Close();
    }
}
