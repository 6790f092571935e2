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

    /// <summary>How long a read (refresh, import) keeps retrying throttling and server errors: a read has no user timeout.</summary>
    public static readonly TimeSpan ReadTimeout = TimeSpan.FromMinutes(5);

    /// <summary>A create, update or delete: the user's timeout, else the resource's default.</summary>
    public OperationContext Start(string? resourceKey, TimeSpan? timeout, TimeSpan fallback, RetryRules rules, CancellationToken ct,
        string? region = null) =>
        new(this, resourceKey, Time.GetUtcNow() + (timeout ?? fallback), timeout ?? fallback, rules, ct, region);

    /// <summary>A read (refresh, import): transient errors are retried for <see cref="ReadTimeout"/>.</summary>
    public OperationContext StartRead(string? resourceKey, RetryRules rules, CancellationToken ct, string? region = null) =>
        Start(resourceKey, ReadTimeout, ReadTimeout, rules.ForReads(), ct, region);
}
