using Grpc.Net.Client;
using Pulumirpc;

namespace AwsIdentity.Provider.Host;

/// <summary>Where resources send progress and diagnostics; the engine shows them beside the resource.</summary>
public interface IEngineLog
{
    Task LogAsync(LogSeverity severity, string message, string? urn = null, bool ephemeral = false, CancellationToken cancellationToken = default);
}

/// <summary>
/// Sends log lines to pulumirpc.Engine/Log at the engine address (given on the command line, or later by
/// Handshake/Attach). A failed log call is written to stderr and never fails the operation that logged.
/// </summary>
public sealed class EngineLog(bool logToStderr) : IEngineLog, IDisposable
{
    private readonly Lock _gate = new();
    private GrpcChannel? _channel;
    private Engine.EngineClient? _client;

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
        }
    }

    public async Task LogAsync(LogSeverity severity, string message, string? urn = null, bool ephemeral = false, CancellationToken cancellationToken = default)
    {
        if (logToStderr) await Console.Error.WriteLineAsync($"[{severity}] {(urn is null ? "" : urn + ": ")}{message}").ConfigureAwait(false);
        var client = _client;
        if (client is null) return;
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(TimeSpan.FromSeconds(10));
            await client.LogAsync(new LogRequest { Severity = severity, Message = message, Urn = urn ?? "", Ephemeral = ephemeral },
                cancellationToken: timeout.Token).ConfigureAwait(false);
        }
        catch (Exception e) when (e is Grpc.Core.RpcException or OperationCanceledException or HttpRequestException or InvalidOperationException)
        {
            await Console.Error.WriteLineAsync($"awsidentity: could not send a log line to the engine: {e.Message}").ConfigureAwait(false);
        }
    }

    public void Dispose()
    {
        lock (_gate) _channel?.Dispose();
    }
}
