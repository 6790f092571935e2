using System.Collections.Concurrent;
using System.Net;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Pulumirpc;

namespace AwsIdentity.Harness;

/// <summary>
/// A Pulumi engine stand-in: pulumirpc.Engine on 127.0.0.1:&lt;free port&gt; (h2c, as the real engine serves it),
/// recording every Log call so tests can assert diagnostics and ephemeral status lines.
/// </summary>
public sealed class FakeEngine : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly LogRecorder _recorder;

    private FakeEngine(WebApplication app, LogRecorder recorder, string address)
    {
        _app = app;
        _recorder = recorder;
        Address = address;
    }

    /// <summary>host:port to pass to the provider as its engine address.</summary>
    public string Address { get; }

    public IReadOnlyList<LogRequest> Logs => _recorder.All;

    public IReadOnlyList<LogRequest> StatusLines => _recorder.All.Where(l => l.Ephemeral).ToList();

    /// <summary>Raised on every Log call as it arrives (on a server thread), e.g. to print status lines live.</summary>
    public event Action<LogRequest>? OnLog
    {
        add => _recorder.Logged += value;
        remove => _recorder.Logged -= value;
    }

    public static async Task<FakeEngine> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0, o => o.Protocols = HttpProtocols.Http2));
        builder.Services.AddGrpc();
        var recorder = new LogRecorder();
        builder.Services.AddSingleton(recorder);
        var app = builder.Build();
        app.MapGrpcService<EngineService>();
        await app.StartAsync();
        var port = new Uri(app.Urls.First()).Port;
        return new FakeEngine(app, recorder, $"127.0.0.1:{port}");
    }

    /// <summary>The first Log call (already seen or still to come) that matches; throws after <paramref name="timeout"/>.</summary>
    public Task<LogRequest> WaitForLogAsync(Func<LogRequest, bool> predicate, TimeSpan timeout) =>
        _recorder.WaitAsync(predicate, timeout);

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private sealed class EngineService(LogRecorder recorder) : Engine.EngineBase
    {
        public override Task<Empty> Log(LogRequest request, ServerCallContext context)
        {
            recorder.Add(request);
            return Task.FromResult(new Empty());
        }
    }

    private sealed class LogRecorder
    {
        private readonly ConcurrentQueue<LogRequest> _logs = new();
        private readonly List<(Func<LogRequest, bool> Match, TaskCompletionSource<LogRequest> Done)> _waiters = [];

        public IReadOnlyList<LogRequest> All => [.. _logs];

        public event Action<LogRequest>? Logged;

        public void Add(LogRequest request)
        {
            _logs.Enqueue(request);
            Logged?.Invoke(request);
            lock (_waiters)
                foreach (var waiter in _waiters.Where(w => w.Match(request)).ToList())
                {
                    _waiters.Remove(waiter);
                    waiter.Done.TrySetResult(request);
                }
        }

        public async Task<LogRequest> WaitAsync(Func<LogRequest, bool> predicate, TimeSpan timeout)
        {
            var done = new TaskCompletionSource<LogRequest>(TaskCreationOptions.RunContinuationsAsynchronously);
            lock (_waiters)
            {
                if (_logs.FirstOrDefault(predicate) is { } seen) return seen;
                _waiters.Add((predicate, done));
            }
            try
            {
                return await done.Task.WaitAsync(timeout);
            }
            catch (TimeoutException)
            {
                lock (_waiters) _waiters.RemoveAll(w => w.Done == done);
                throw new TimeoutException($"no matching Log call within {timeout}; got: {string.Join(" | ", All)}");
            }
        }
    }
}
