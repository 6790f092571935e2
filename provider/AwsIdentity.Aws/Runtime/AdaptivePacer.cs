namespace AwsIdentity.Aws.Runtime;

/// <summary>Which queue of the pacer a request waits in. Reads (Describe*, List*, Get*) yield to changes.</summary>
public enum PacingLane
{
    Change,
    Read,
}

/// <summary>
/// Client-side pacing of one service's requests, additive-increase / multiplicative-decrease: unlimited until AWS
/// throttles, then a token bucket at 85% of the rate that was being sent, cut by 15% on each further throttle of a
/// request sent after the last cut (older ones only confirm it) and raised by about ten requests per second for
/// every second without one (factors tuned with make bench's convergence run: 0.7/+1 and 0.9/+20 converged slower
/// or wasted more calls). While limited, waiting requests leave in order: throttled ones again first, then changes,
/// then reads. A read waits while a change is queued, for at most <see cref="ReadPatience"/>, since a poll cannot
/// finish anything before the changes it waits on are sent (make bench: polls took a third of the rate while 200
/// associations were still queued). The patience is 30 s, the longest gap a wait leaves between its polls anyway
/// (provider/AwsIdentity.Core/Waiting/PollSchedule.cs MaxInterval): with 5 s, the 10× bench's 40 s of queued
/// AssociateUser calls let a read burst through every 6 s and spent a tenth of the rate on polls that finished nothing
/// sooner, since the last association sent decides when all are done.
/// </summary>
public sealed class AdaptivePacer
{
    private const double MinRate = 1, Decrease = 0.85, Increase = 10, UnlimitedAbove = 10_000;
    private const double Whole = 1 - 1e-6; // a token, give or take the clock's rounding
    public static readonly TimeSpan ReadPatience = TimeSpan.FromSeconds(30);

    private readonly TimeProvider _time;
    private readonly ITimer _pump;
    private readonly Lock _gate = new();
    private readonly Queue<long> _sent = new();
    private readonly LinkedList<Waiter> _changes = new(), _reads = new();
    private double? _rate;
    private double _tokens;
    private long _refilled, _decreased = long.MinValue;
    private bool _pumpSet;

    public AdaptivePacer(TimeProvider time)
    {
        _time = time;
        _pump = time.CreateTimer(_ => Pump(), null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
    }

    /// <summary>Requests per second allowed now; null while unlimited.</summary>
    public double? Rate { get { lock (_gate) return _rate; } }

    /// <summary>Requests waiting for a token, per lane.</summary>
    public (int Changes, int Reads) Queued { get { lock (_gate) return (Live(_changes), Live(_reads)); } }

    /// <summary>Waits for a token; the answer is the time it was granted, to give back to <see cref="OnThrottled"/>.</summary>
    /// <param name="again">A request AWS throttled, sent again: it goes before everything waiting in its lane.</param>
    public Task<long> WaitAsync(PacingLane lane, bool again, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        lock (_gate)
        {
            var now = _time.GetTimestamp();
            Refill(now);
            var ahead = (again ? 0 : Live(_changes)) + (lane == PacingLane.Read ? Live(_reads) : 0);
            if (_rate is null || (ahead == 0 && _tokens >= Whole))
            {
                Take(now);
                return Task.FromResult(now);
            }
            var waiter = new Waiter(now);
            var queue = lane == PacingLane.Change ? _changes : _reads;
            if (again) queue.AddFirst(waiter);
            else queue.AddLast(waiter);
            if (cancellationToken.CanBeCanceled)
                waiter.Registration = cancellationToken.Register(static (state, token) => ((Waiter)state!).Done.TrySetCanceled(token), waiter);
            Schedule();
            return waiter.Done.Task;
        }
    }

    /// <param name="sent">When the throttled request was granted its token (what <see cref="WaitAsync(PacingLane, bool, CancellationToken)"/> answered).</param>
    public void OnThrottled(long sent)
    {
        lock (_gate)
        {
            var now = _time.GetTimestamp();
            if (sent <= _decreased) return; // sent at the rate already cut
            _decreased = now;
            Forget(now);
            Refill(now);
            _rate = Math.Max(MinRate, (_rate ?? Math.Max(MinRate, _sent.Count)) * Decrease);
            _tokens = Math.Min(_tokens, 0);
            Schedule();
        }
    }

    public void OnSuccess()
    {
        lock (_gate)
        {
            if (_rate is not { } rate) return;
            Refill(_time.GetTimestamp());
            rate += Increase / rate;
            if (rate <= UnlimitedAbove)
            {
                _rate = rate; // waiters get the faster tokens when the timer set for them fires
                return;
            }
            _rate = null;
        }
        Pump(); // unlimited again: everyone waiting goes
    }

    /// <summary>Lets waiting requests go as tokens allow, then sets the timer for the next token.</summary>
    private void Pump()
    {
        List<Waiter> released = [];
        long now;
        lock (_gate)
        {
            _pumpSet = false;
            now = _time.GetTimestamp();
            Refill(now);
            while (Next(now) is { } queue && (_rate is null || _tokens >= Whole))
            {
                released.Add(queue.First!.Value);
                queue.RemoveFirst();
                Take(now);
            }
            Schedule();
        }
        foreach (var waiter in released)
        {
            waiter.Registration.Dispose();
            waiter.Done.TrySetResult(now);
        }
    }

    /// <summary>The queue whose head goes next: changes, unless the oldest read has run out of patience and
    /// came before them. Cancelled waiters at the heads are dropped. Caller holds the lock.</summary>
    private LinkedList<Waiter>? Next(long now)
    {
        Trim(_changes);
        Trim(_reads);
        if (_reads.Count == 0) return _changes.Count == 0 ? null : _changes;
        if (_changes.Count == 0) return _reads;
        var read = _reads.First!.Value;
        return _time.GetElapsedTime(read.Since, now) >= ReadPatience && read.Since <= _changes.First!.Value.Since ? _reads : _changes;
    }

    /// <summary>Sets the timer for when the next waiter can have a token. Caller holds the lock.</summary>
    private void Schedule()
    {
        if (_pumpSet || (Live(_changes) == 0 && Live(_reads) == 0)) return;
        // At least a millisecond: a due time rounded down to nothing would find the token still short of one.
        var due = _rate is { } rate ? TimeSpan.FromSeconds(Math.Max(0.001, (1 - _tokens) / rate)) : TimeSpan.Zero;
        _pumpSet = true;
        _pump.Change(due, Timeout.InfiniteTimeSpan);
    }

    private void Refill(long now)
    {
        if (_rate is { } rate)
            _tokens = Math.Min(Capacity(rate), _tokens + _time.GetElapsedTime(_refilled, now).TotalSeconds * rate);
        _refilled = now;
    }

    private void Take(long now)
    {
        if (_rate is not null)
        {
            _tokens -= 1;
            return;
        }
        Forget(now); // only unlimited sends are counted: the first throttle's cut starts from their rate
        _sent.Enqueue(now);
    }

    private static double Capacity(double rate) => Math.Max(1, rate / 5);

    private static void Trim(LinkedList<Waiter> queue)
    {
        while (queue.First is { } first && first.Value.Done.Task.IsCompleted) queue.RemoveFirst();
    }

    private static int Live(LinkedList<Waiter> queue)
    {
        Trim(queue);
        return queue.Count;
    }

    /// <summary>Keeps only the unlimited sends of the last second: their count is the rate being sent.</summary>
    private void Forget(long now)
    {
        while (_sent.Count > 0 && _time.GetElapsedTime(_sent.Peek(), now) > TimeSpan.FromSeconds(1)) _sent.Dequeue();
    }

    private sealed class Waiter(long since)
    {
        public long Since { get; } = since;
        public TaskCompletionSource<long> Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
        public CancellationTokenRegistration Registration { get; set; }
    }
}
