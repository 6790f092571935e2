using AwsIdentity.Core.Aws;
using AwsIdentity.Core.Operations;
using AwsIdentity.Core.Waiting;

namespace AwsIdentity.Core.Resources;

/// <summary>Everything a live resource operation needs besides its inputs: AWS, time, waiting and logging.</summary>
public sealed class ResourceServices(IAwsClients aws, TimeProvider time, IOperationLog log)
{
    public IAwsClients Aws { get; } = aws;
    public TimeProvider Time { get; } = time;
    public IOperationLog Log { get; } = log;
    public Waiter Waiter { get; init; } = new(time, log);
    public Retrier Retrier { get; init; } = new(time, log);

    /// <summary>The deadline of one operation: the engine's timeout (customTimeouts) or the resource default.</summary>
    public DateTimeOffset Deadline(TimeSpan? timeout, TimeSpan fallback) => Time.GetUtcNow() + (timeout ?? fallback);

    /// <summary>How long a read (refresh, import) keeps retrying throttling and server errors.</summary>
    public static readonly TimeSpan ReadTimeout = TimeSpan.FromMinutes(5);

    /// <summary>A read call, retried while <paramref name="isTransient"/> says the error may pass.</summary>
    public Task<T> ReadAsync<T>(string what, string urn, Func<CancellationToken, Task<T>> call, Func<Exception, bool> isTransient,
        CancellationToken ct) =>
        Retrier.RunAsync(what, urn, Deadline(null, ReadTimeout), call, e => isTransient(e) ? $"transient error ({e.Message})" : null, ct);

    /// <summary>One lifecycle operation's shared deadline, so retries and every wait in it fit the timeout.</summary>
    public OperationClock Start(string urn, TimeSpan? timeout, TimeSpan fallback) =>
        new(urn, Deadline(timeout, fallback), timeout ?? fallback);
}

public sealed record OperationClock(string Urn, DateTimeOffset Deadline, TimeSpan Timeout)
{
    public WaitRequest Wait(string what, Func<Exception, bool> isTransient, bool lookNow = false) =>
        new(what, Urn, Deadline, Timeout) { IsTransient = isTransient, LookNow = lookNow };
}
