namespace AwsIdentity.Provider.Host;

/// <summary>
/// Runs a full, compacting collection when the last call of a burst of at least <see cref="Burst"/> concurrent
/// calls has finished. A burst (make bench's scale section: 2,200 creates at once, then 2,200 deletes in the same
/// process) leaves the workstation GC's older generations full of the finished calls' garbage, and the next burst
/// then grows the heap instead of reusing it: collecting in between took the section's peak RSS from 142–154 MB to
/// 124–131 MB (README "Rate limits"). Smaller runs never reach the threshold and never pay for a collection.
/// A burst also collects once when it has fallen to a tenth of its peak: calls that waited long enough to reach
/// the oldest generation and then ended are freed before the next burst arrives (the bench starts its 2,200 deletes
/// the moment the last create ends, while the end-of-burst collection is still running).
/// </summary>
internal sealed class BurstCollector(Action collect)
{
    public const int Burst = 100;

    private readonly Lock _gate = new();
    private int _inFlight, _peak;
    private bool _tailCollected;

    public static BurstCollector ForProcess() => new(static () => ThreadPool.UnsafeQueueUserWorkItem(
        static _ => GC.Collect(2, GCCollectionMode.Aggressive, blocking: true, compacting: true), null));

    public void Enter()
    {
        lock (_gate) _peak = Math.Max(_peak, ++_inFlight);
    }

    public void Exit()
    {
        lock (_gate)
        {
            if (--_inFlight > 0)
            {
                if (_tailCollected || _peak < Burst || _inFlight > _peak / 10) return;
                _tailCollected = true;
            }
            else
            {
                var peak = _peak;
                (_peak, _tailCollected) = (0, false);
                if (peak < Burst) return;
            }
        }
        collect();
    }
}
