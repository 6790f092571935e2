using AwsIdentity.Core.Operations;
using Grpc.Net.Client;
using Pulumirpc;

namespace AwsIdentity.Provider.Host;

/// <summary>
/// Sends log lines to pulumirpc.Engine/Log at the engine address (given on the command line, or later by
/// Handshake/Attach). A failed log call is written to stderr and never fails the operation that logged.
/// </summary>
public sealed class EngineLog(bool logToStderr) : IOperationLog, IDisposable
{
    private readonly Lock _gate = new();
    private GrpcChannel? _channel;
    private Engine.EngineClient? _client;
    private long _quietUntil;

    /// <summary>After a failed call, how long log lines skip the engine (stderr only), so an unreachable engine
    /// neither slows polling nor floods stderr.</summary>
    private static readonly TimeSpan QuietPeriod = TimeSpan.FromSeconds(30);

    public string? Address { get; private set; }

    public void Connect(string? address)
    {
        if (string.IsNullOrEmpty(address)) return;
        lock (_gate)
        {
            if (address == Address) return;
            _channel?.Dispose();
            Address = address;
            var uri = address.Contains("://", StringComparison.Ordinal) ? address : "http://" + address;
            _channel = GrpcChannel.ForAddress(uri);
            _client = new Engine.EngineClient(_channel);
            Interlocked.Exchange(ref _quietUntil, 0);
        }
    }

    /// <summary>A core log line: the resource key is the URN, a status line is ephemeral (pulumi/pulumi proto/pulumi/engine.proto).</summary>
    public Task LogAsync(OperationLogLevel level, string message, string? resourceKey = null, bool status = false, CancellationToken cancellationToken = default) =>
        LogAsync(level switch
        {
            OperationLogLevel.Debug => LogSeverity.Debug,
            OperationLogLevel.Info => LogSeverity.Info,
            OperationLogLevel.Warning => LogSeverity.Warning,
            _ => LogSeverity.Error,
        }, message, resourceKey, status, cancellationToken);

    public async Task LogAsync(LogSeverity severity, string message, string? urn = null, bool ephemeral = false, CancellationToken cancellationToken = default)
    {
        if (logToStderr) await Console.Error.WriteLineAsync($"[{severity}] {(urn is null ? "" : urn + ": ")}{message}").ConfigureAwait(false);
        var client = _client;
        if (client is null || Environment.TickCount64 < Interlocked.Read(ref _quietUntil)) return;
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(TimeSpan.FromSeconds(2));
            await client.LogAsync(new LogRequest { Severity = severity, Message = message, Urn = urn ?? "", Ephemeral = ephemeral },
                cancellationToken: timeout.Token).ConfigureAwait(false);
        }
        catch (Exception e) when (e is Grpc.Core.RpcException or OperationCanceledException or HttpRequestException or InvalidOperationException)
        {
            if (cancellationToken.IsCancellationRequested) return;
            Interlocked.Exchange(ref _quietUntil, Environment.TickCount64 + (long)QuietPeriod.TotalMilliseconds);
            await Console.Error.WriteLineAsync(
                $"awsidentity: could not send a log line to the engine at {Address} ({e.Message}); not sending log lines to it for {QuietPeriod.TotalSeconds:0} s").ConfigureAwait(false);
        }
    }

    public void Dispose()
    {
        lock (_gate) _channel?.Dispose();
    }
}
