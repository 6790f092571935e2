namespace AwsIdentity.Aws.Runtime;

/// <summary>
/// Client-side pacing of one service's requests, additive-increase / multiplicative-decrease: unlimited until AWS
/// throttles, then a token bucket at 85% of the rate that was being sent, cut by 15% on each further throttle
/// (at most every half second) and raised by about ten requests per second for every second without one
/// (factors tuned with make bench's convergence run: 0.7/+1 and 0.9/+20 converged slower or wasted more calls). Many
/// concurrent operations then queue here instead of spending requests (and the SDK's retry backoff) on throttles.
/// </summary>
public sealed class AdaptivePacer(TimeProvider time)
{
    private const double MinRate = 1, Decrease = 0.85, Increase = 10, UnlimitedAbove = 10_000;
    private static readonly TimeSpan DecreaseGap = TimeSpan.FromMilliseconds(500);
    private readonly Lock _gate = new();
    private readonly Queue<long> _sent = new();
    private double? _rate;
    private double _tokens;
    private long _refilled, _decreased = long.MinValue;

    /// <summary>Requests per second allowed now; null while unlimited.</summary>
    public double? Rate { get { lock (_gate) return _rate; } }

    public async Task WaitAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            TimeSpan wait;
            lock (_gate)
            {
                var now = time.GetTimestamp();
                Forget(now);
                if (_rate is not { } rate)
                {
                    _sent.Enqueue(now);
                    return;
                }
                _tokens = Math.Min(Capacity(rate), _tokens + time.GetElapsedTime(_refilled, now).TotalSeconds * rate);
                _refilled = now;
                if (_tokens >= 1)
                {
                    _tokens -= 1;
                    _sent.Enqueue(now);
                    return;
                }
                wait = TimeSpan.FromSeconds((1 - _tokens) / rate);
            }
            await Task.Delay(wait, time, cancellationToken).ConfigureAwait(false);
        }
    }

    public void OnThrottled()
    {
        lock (_gate)
        {
            var now = time.GetTimestamp();
            if (_decreased != long.MinValue && time.GetElapsedTime(_decreased, now) < DecreaseGap) return;
            _decreased = now;
            Forget(now);
            _rate = Math.Max(MinRate, (_rate ?? Math.Max(MinRate, _sent.Count)) * Decrease);
            _tokens = Math.Min(_tokens, 0);
            _refilled = now;
        }
    }

    public void OnSuccess()
    {
        lock (_gate)
        {
            if (_rate is not { } rate) return;
            rate += Increase / rate;
            _rate = rate > UnlimitedAbove ? null : rate;
        }
    }

    private static double Capacity(double rate) => Math.Max(1, rate / 5);

    /// <summary>Keeps only the sends of the last second: their count is the rate being sent.</summary>
    private void Forget(long now)
    {
        while (_sent.Count > 0 && time.GetElapsedTime(_sent.Peek(), now) > TimeSpan.FromSeconds(1)) _sent.Dequeue();
    }
}
