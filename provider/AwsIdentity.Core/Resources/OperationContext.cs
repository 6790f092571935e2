using AwsIdentity.Core.Operations;
using AwsIdentity.Core.Waiting;

namespace AwsIdentity.Core.Resources;

/// <summary>
/// One lifecycle operation of one resource: its resource key (null when the front end has none), its deadline (the
/// user's timeout, else the resource default), where progress goes, its cancellation, and the retry rules of the
/// service it calls. Every retry and wait inside the operation goes through here, so all of them fit the deadline.
/// </summary>
public sealed class OperationContext(ResourceServices services, string? resourceKey, DateTimeOffset deadline, TimeSpan timeout,
    RetryRules rules, CancellationToken cancellation, string? region = null)
{
    private Aws.IAwsClients? _aws;

    /// <summary>The AWS clients of the region the object lives in: the provider's unless the request names one. Looked up
    /// once per operation (every AWS call of it reads this), not per call.</summary>
    public Aws.IAwsClients Aws => _aws ??= region is null ? services.Aws : services.Aws.InRegion(region);

    public string? ResourceKey { get; } = resourceKey;
    public DateTimeOffset Deadline { get; } = deadline;
    public TimeSpan Timeout { get; } = timeout;
    public CancellationToken Cancellation { get; } = cancellation;
    public ResourceServices Services => services;

    /// <summary>A call retried while AWS says "not now" (<see cref="RetryRules.NotNow"/>).</summary>
    public Task<T> RetryAsync<T>(string what, Func<CancellationToken, Task<T>> call) =>
        services.Retrier.RunAsync(what, ResourceKey, Deadline, call, rules.NotNow, Cancellation);

    /// <summary>A call with no result, retried the same way.</summary>
    public Task RetryAsync(string what, Func<CancellationToken, Task> call) =>
        RetryAsync(what, async c => { await call(c).ConfigureAwait(false); return true; });

    /// <summary>Polls until done, failed or the deadline; polls that fail transiently are polled again.</summary>
    public Task<T> WaitAsync<T>(string what, Func<CancellationToken, Task<Observation<T>>> observe, bool lookNow = false) =>
        services.Waiter.WaitAsync(new WaitRequest(what, ResourceKey, Deadline, Timeout) { IsTransient = rules.Transient, LookNow = lookNow },
            observe, Cancellation);

    public Task WarnAsync(string message) =>
        services.Log.LogAsync(OperationLogLevel.Warning, message, ResourceKey, cancellationToken: Cancellation);
}
