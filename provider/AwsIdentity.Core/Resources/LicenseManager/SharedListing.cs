using System.Collections.Concurrent;

namespace AwsIdentity.Core.Resources.LicenseManager;

/// <summary>
/// Short-lived listings shared by the reads and waits of many resources of one kind. A refresh of a whole stack reads
/// every resource within moments: one listing per key (an instance and directory for associations, a directory and
/// product for subscriptions, a region for registrations) answers all of them, and concurrent callers share the same
/// call. Waits poll alone with a narrow request while a key has one wait running; when several waits poll the same
/// key (a stack creating many at once), one listing younger than <see cref="PollSharing"/> answers all their polls,
/// so List calls do not grow with the objects (make bench, sections oneinstance and convergence).
/// </summary>
public sealed class SharedListing<TKey, TListing>(TimeProvider time) where TKey : notnull where TListing : class
{
    /// <summary>How long a listing serves later reads; a refresh reads all resources within moments.</summary>
    public TimeSpan Lifetime { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>How long one shared listing (all its pages) may take.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>How old a listing may be to serve the polls of several waits on one key: less than their gap.</summary>
    public TimeSpan PollSharing { get; init; } = TimeSpan.FromMilliseconds(500);

    private readonly ConcurrentDictionary<TKey, Lazy<Task<Taken>>> _reads = new();
    private readonly ConcurrentDictionary<TKey, Lazy<Task<Taken>>> _polls = new();
    private readonly ConcurrentDictionary<TKey, int> _waits = new();

    private sealed record Taken(TListing Listing, DateTimeOffset At);

    /// <summary>A listing of <paramref name="key"/> at most <see cref="Lifetime"/> old (for reads).</summary>
    public Task<TListing> ForRead(TKey key, Func<CancellationToken, Task<TListing>> list, CancellationToken ct) =>
        FromCache(_reads, Lifetime, key, list, ct);

    /// <summary>
    /// One poll of a wait on <paramref name="key"/>: while other waits poll the same key, what <paramref name="find"/>
    /// finds in a listing at most <see cref="PollSharing"/> old; alone, the wait's own narrow request (<paramref name="alone"/>).
    /// </summary>
    public async Task<TItem?> ForWait<TItem>(TKey key, Func<CancellationToken, Task<TListing>> list, Func<TListing, TItem?> find,
        Func<CancellationToken, Task<TItem?>> alone, CancellationToken ct) where TItem : class =>
        _waits.GetValueOrDefault(key) > 1
            ? find(await FromCache(_polls, PollSharing, key, list, ct).ConfigureAwait(false))
            : await alone(ct).ConfigureAwait(false);

    /// <summary>Marks a wait on <paramref name="key"/> as running until disposed.</summary>
    public IDisposable Waiting(TKey key)
    {
        _waits.AddOrUpdate(key, 1, (_, n) => n + 1);
        return new Release(() => _waits.AddOrUpdate(key, 0, (_, n) => Math.Max(0, n - 1)));
    }

    /// <summary>Forgets the listings of <paramref name="key"/> after this provider changed one of its objects.</summary>
    public void Invalidate(TKey key)
    {
        _reads.TryRemove(key, out _);
        _polls.TryRemove(key, out _);
    }

    private sealed class Release(Action action) : IDisposable
    {
        private int _done;
        public void Dispose() { if (Interlocked.Exchange(ref _done, 1) == 0) action(); }
    }

    private async Task<TListing> FromCache(ConcurrentDictionary<TKey, Lazy<Task<Taken>>> cache, TimeSpan maxAge, TKey key,
        Func<CancellationToken, Task<TListing>> list, CancellationToken ct)
    {
        for (var attempt = 0; ; attempt++)
        {
            // The listing is shared, so it must not die with the first caller's token: it gets its own deadline,
            // and each caller stops waiting for it when its own token fires.
            var lazy = cache.GetOrAdd(key, _ => new Lazy<Task<Taken>>(() => ListOnce(list)));
            Taken taken;
            try
            {
                taken = await lazy.Value.WaitAsync(ct).ConfigureAwait(false);
            }
            catch when (attempt == 0 && !ct.IsCancellationRequested)
            {
                cache.TryRemove(KeyValuePair.Create(key, lazy)); // a failed listing is not shared; try once more
                continue;
            }
            if (time.GetUtcNow() - taken.At > maxAge && attempt == 0)
            {
                cache.TryRemove(KeyValuePair.Create(key, lazy));
                continue;
            }
            return taken.Listing;
        }
    }

    private async Task<Taken> ListOnce(Func<CancellationToken, Task<TListing>> list)
    {
        using var deadline = new CancellationTokenSource(Timeout, time);
        var listing = await list(deadline.Token).ConfigureAwait(false);
        return new Taken(listing, time.GetUtcNow());
    }
}
