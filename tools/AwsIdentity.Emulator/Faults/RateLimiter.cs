namespace AwsIdentity.Emulator.Faults;

/// <summary>A token bucket per service; a request finding the bucket empty is throttled.</summary>
public sealed class RateLimiter(TimeProvider time)
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, Bucket> _buckets = [];

    /// <summary>Sets (or, with a rate of 0, removes) the limit of one service.</summary>
    public void Configure(string service, double requestsPerSecond, int burst)
    {
        lock (_gate)
        {
            if (requestsPerSecond <= 0)
            {
                _buckets.Remove(service);
                return;
            }

            var capacity = Math.Max(1, burst);
            _buckets[service] = new Bucket(requestsPerSecond, capacity) { Tokens = capacity, Stamp = time.GetTimestamp() };
        }
    }

    public void Reset()
    {
        lock (_gate)
        {
            _buckets.Clear();
        }
    }

    /// <summary>Takes a token; false when the service's bucket is empty.</summary>
    public bool TryAcquire(string service)
    {
        lock (_gate)
        {
            if (!_buckets.TryGetValue(service, out var bucket))
            {
                return true;
            }

            var now = time.GetTimestamp();
            var elapsed = time.GetElapsedTime(bucket.Stamp, now).TotalSeconds;
            bucket.Tokens = Math.Min(bucket.Capacity, bucket.Tokens + (elapsed * bucket.Rate));
            bucket.Stamp = now;
            if (bucket.Tokens < 1)
            {
                return false;
            }

            bucket.Tokens -= 1;
            return true;
        }
    }

    private sealed record Bucket(double Rate, int Capacity)
    {
        public double Tokens { get; set; }

        public long Stamp { get; set; }
    }
}
