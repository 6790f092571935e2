using AwsIdentity.Core.Operations;

namespace AwsIdentity.Core.Waiting;

/// <summary>What to wait for and how it is shown to the user.</summary>
public sealed record WaitRequest(string What, string? Urn, DateTimeOffset Deadline, TimeSpan Timeout)
{
    /// <summary>Errors of a single poll that are worth another poll (throttling, 5xx after SDK retries).</summary>
    public Func<Exception, bool> IsTransient { get; init; } = _ => false;

    /// <summary>Look at once instead of after the first delay: the wait follows another that just ended (the
    /// config is usually ACTIVE the moment its update succeeds).</summary>
    public bool LookNow { get; init; }
}

/// <summary>
/// Polls an asynchronous AWS operation until it is done, failed, timed out or cancelled (the Cancel RPC and
/// SIGINT/SIGTERM trip the token). Progress goes to the engine as ephemeral status lines. Time is injected.
/// </summary>
public sealed class Waiter(TimeProvider time, IOperationLog log, PollSchedule? schedule = null, Random? random = null)
{
    private readonly PollSchedule _schedule = schedule ?? PollSchedule.Default;
    private readonly Random _random = random ?? Random.Shared;

    public async Task<T> WaitAsync<T>(WaitRequest request, Func<CancellationToken, Task<Observation<T>>> observe,
        CancellationToken cancellationToken)
    {
        var start = time.GetTimestamp();
        var status = "pending";
        var failedPolls = 0;
        for (var attempt = 0; ; attempt++)
        {
            var elapsed = time.GetElapsedTime(start);
            var delay = attempt == 0 && request.LookNow ? TimeSpan.Zero : _schedule.Next(attempt, elapsed, _random);
            // Polls that keep failing (throttling) back off further, leaving AWS's rate to the calls that matter.
            if (failedPolls > 0) delay = _schedule.Backoff(delay, failedPolls);
            var remaining = request.Deadline - time.GetUtcNow();
            if (remaining <= TimeSpan.Zero) throw new WaitTimeoutException(request.What, status, request.Timeout);
            // Look one last time right at the deadline rather than sleeping past it.
            if (delay > TimeSpan.Zero) await Task.Delay(delay < remaining ? delay : remaining, time, cancellationToken).ConfigureAwait(false);
            cancellationToken.ThrowIfCancellationRequested();

            Observation<T> seen;
            try
            {
                seen = await observe(cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e) when (request.IsTransient(e) && !cancellationToken.IsCancellationRequested)
            {
                failedPolls++;
                await Status(request, $"{status} (poll failed: {e.Message}; trying again)", start, cancellationToken).ConfigureAwait(false);
                continue;
            }

            failedPolls = 0;
            status = seen.Status;
            switch (seen.State)
            {
                case WaitState.Done:
                    return seen.Value!;
                case WaitState.Failed:
                    throw new WaitFailedException(request.What, seen.Status, seen.FailureReason ?? "no reason given");
            }
            await Status(request, status, start, cancellationToken).ConfigureAwait(false);
        }
    }

    private Task Status(WaitRequest request, string status, long start, CancellationToken cancellationToken) =>
        log.LogAsync(OperationLogLevel.Info, $"waiting for {request.What}: {status}, {Durations.Format(time.GetElapsedTime(start))} elapsed",
            request.Urn, status: true, cancellationToken);
}
