using System.Collections.Concurrent;

namespace AwsIdentity.Soak;

/// <summary>What the soak counts, shared by every lane.</summary>
public sealed class SoakCounters
{
    private int _untracked, _lifecycles, _cancels, _kills, _stepErrors, _retries, _partials, _unconverged, _audits;
    public ConcurrentQueue<string> Orphans { get; } = new();
    public ConcurrentQueue<string> Lost { get; } = new();
    public ConcurrentQueue<string> Problems { get; } = new();

    public int Lifecycles => _lifecycles;
    public int UntrackedAfterInterrupt => _untracked;
    public int Cancels => _cancels;
    public int Kills => _kills;
    public int StepErrors => _stepErrors;
    public int Retries => _retries;
    public int Partials => _partials;
    public int UnconvergedCount => _unconverged;
    public int Audits => _audits;

    public void Lifecycle() => Interlocked.Increment(ref _lifecycles);
    public void Cancel() => Interlocked.Increment(ref _cancels);
    public void Kill() => Interlocked.Increment(ref _kills);
    public void StepError() => Interlocked.Increment(ref _stepErrors);
    public void Retry() => Interlocked.Increment(ref _retries);
    public void Partial(int n) => Interlocked.Add(ref _partials, n);
    public void Untracked(int n) => Interlocked.Add(ref _untracked, n);
    public void Audit() => Interlocked.Increment(ref _audits);

    public void Unconverged(string what)
    {
        Interlocked.Increment(ref _unconverged);
        Problems.Enqueue(what);
    }
}
