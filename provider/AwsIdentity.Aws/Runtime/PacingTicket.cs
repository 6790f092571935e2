namespace AwsIdentity.Aws.Runtime;

/// <summary>
/// One call's place with its service's <see cref="AdaptivePacer"/>, flowing from the typed client down to the
/// <see cref="PacingHandler"/> under the SDK's HTTP client. The client waits for the first token before it hands
/// the call to the SDK (<see cref="RestJsonServiceClient"/>), so a queued call holds only this wait, not the SDK's
/// request context, marshalled and signed request and the pipeline's pending handlers: with 2,200 calls queued
/// at once (make bench's scale section) those made the provider's peak RSS.
/// </summary>
internal sealed class PacingTicket(PacingLane lane, long? granted)
{
    private long? _granted = granted;

    public PacingLane Lane { get; } = lane;

    /// <summary>The token granted before the SDK built the request, once: the first attempt spends it; the SDK's
    /// own retries, and the handler's throttled resends, wait for new ones.</summary>
    public long? TakeGranted()
    {
        var granted = _granted;
        _granted = null;
        return granted;
    }
}
