using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Time.Testing;

namespace AwsIdentity.Emulator.Tests.Infrastructure;

/// <summary>An in-process emulator on a free port with a fake clock and a signing HTTP client.</summary>
public sealed class TestEmulator : IAsyncDisposable
{
    public const string Eks = "eks";
    public const string Lmus = "license-manager-user-subscriptions";
    private readonly HttpClient _http = new();

    private TestEmulator(EmulatorServer server, FakeTimeProvider time)
    {
        Server = server;
        Time = time;
    }

    public EmulatorServer Server { get; }

    public FakeTimeProvider Time { get; }

    public static readonly TimeSpan Transition = TimeSpan.FromSeconds(2);

    public static async Task<TestEmulator> StartAsync(EmulatorOptions? options = null, bool realClock = false)
    {
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var o = (options ?? new EmulatorOptions { Transition = Transition }) with { Port = 0 };
        var server = await EmulatorServer.StartAsync(realClock ? o : o with { Time = time }, Timeouts.Token());
        return new TestEmulator(server, time);
    }

    /// <summary>Moves the fake clock past one transition.</summary>
    public void Settle() => Time.Advance(Transition + TimeSpan.FromMilliseconds(1));

    public Task<AwsReply> EksAsync(string method, string pathAndQuery, object? body = null) =>
        CallAsync(Eks, method, pathAndQuery, body);

    public Task<AwsReply> LmusAsync(string path, object? body = null, string method = "POST") =>
        CallAsync(Lmus, method, path, body);

    public async Task<AwsReply> CallAsync(string signingName, string method, string pathAndQuery, object? body,
        string accessKey = "test", string secretKey = "test", string? sessionToken = null, string? contentSha = null,
        Action<HttpRequestMessage>? tamper = null)
    {
        var bytes = body switch
        {
            null => [],
            string s => Encoding.UTF8.GetBytes(s),
            byte[] b => b,
            JsonNode n => Encoding.UTF8.GetBytes(n.ToJsonString()),
            _ => throw new ArgumentException("body must be string, bytes or JsonNode"),
        };
        using var request = new HttpRequestMessage(new HttpMethod(method), new Uri(Server.Endpoint, pathAndQuery));
        if (bytes.Length > 0)
        {
            request.Content = new ByteArrayContent(bytes);
            request.Content.Headers.ContentType = new("application/json");
        }

        TestSigner.Sign(request, bytes, signingName, "us-east-1", accessKey, secretKey, sessionToken, contentSha);
        tamper?.Invoke(request);
        return await SendAsync(request);
    }

    public async Task<AwsReply> ControlAsync(string method, string path, object? body = null)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), new Uri(Server.Endpoint, "/_emulator/" + path));
        if (body is not null)
        {
            request.Content = new StringContent(body is JsonNode n ? n.ToJsonString() : (string)body, Encoding.UTF8, "application/json");
        }

        return await SendAsync(request);
    }

    public async Task<string> StateAsync() => (await ControlAsync("GET", "state")).Body.ToJsonString();

    public async ValueTask DisposeAsync()
    {
        _http.Dispose();
        await Server.DisposeAsync();
    }

    private async Task<AwsReply> SendAsync(HttpRequestMessage request)
    {
        using var response = await _http.SendAsync(request, Timeouts.Token());
        var text = await response.Content.ReadAsStringAsync(Timeouts.Token());
        var type = response.Headers.TryGetValues("X-Amzn-ErrorType", out var v) ? v.First() : null;
        return new AwsReply((int)response.StatusCode, type, text.Length == 0 ? null : JsonNode.Parse(text));
    }
}
