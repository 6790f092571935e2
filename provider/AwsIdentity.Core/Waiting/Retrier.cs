using AwsIdentity.Core.Operations;

namespace AwsIdentity.Core.Waiting;

/// <summary>
/// Retries a mutating AWS call while AWS says "not now" (EKS ResourceInUseException while another cluster update
/// runs, LMUS ConflictException, throttling that outlasted the SDK's own retries) with exponential backoff and
/// jitter, inside the operation's deadline. terraform-provider-aws does not retry the busy cluster (its #44554).
/// </summary>
public sealed class Retrier(TimeProvider time, IOperationLog log, Random? random = null)
{
    private readonly Random _random = random ?? Random.Shared;

    public TimeSpan FirstDelay { get; init; } = TimeSpan.FromSeconds(1);
    public TimeSpan MaxDelay { get; init; } = TimeSpan.FromSeconds(20);

    /// <param name="retryReason">Why an error is worth another try (shown to the user), or null to give up.</param>
    public async Task<T> RunAsync<T>(string what, string? urn, DateTimeOffset deadline,
        Func<CancellationToken, Task<T>> action, Func<Exception, string?> retryReason, CancellationToken cancellationToken)
    {
        var delay = FirstDelay;
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await action(cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e) when (retryReason(e) is { } reason && !cancellationToken.IsCancellationRequested)
            {
                var wait = TimeSpan.FromTicks((long)(delay.Ticks * (0.5 + 0.5 * _random.NextDouble())));
                if (time.GetUtcNow() + wait >= deadline) throw;
                await log.LogAsync(OperationLogLevel.Info, $"{what}: {reason}; attempt {attempt}, trying again in {Durations.Format(wait)}",
                    urn, status: true, cancellationToken).ConfigureAwait(false);
                await Task.Delay(wait, time, cancellationToken).ConfigureAwait(false);
                delay = delay * 2 > MaxDelay ? MaxDelay : delay * 2;
            }
        }
    }
}
