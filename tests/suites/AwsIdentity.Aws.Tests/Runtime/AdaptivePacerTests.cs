using AwsIdentity.Aws.Runtime;
using Microsoft.Extensions.Time.Testing;

namespace AwsIdentity.Aws.Tests.Runtime;

public sealed class AdaptivePacerTests
{
    private readonly FakeTimeProvider _time = new();

    /// <summary>A pacer that sent <paramref name="sends"/> requests at once and then saw the last one throttled.</summary>
    private async Task<AdaptivePacer> ThrottledAfterAsync(int sends)
    {
        var pacer = new AdaptivePacer(_time);
        long sent = 0;
        for (var i = 0; i < sends; i++) sent = await Wait(pacer, PacingLane.Change);
        _time.Advance(TimeSpan.FromMilliseconds(1));
        pacer.OnThrottled(sent);
        return pacer;
    }

    /// <summary>A pacer limited to 8.5 requests/s with no token left.</summary>
    private async Task<AdaptivePacer> LimitedAsync()
    {
        var pacer = await ThrottledAfterAsync(10);
        Assert.Equal(8.5, pacer.Rate!.Value, precision: 6);
        return pacer;
    }

    /// <summary>A little more than a token's time at 8.5 requests/s.</summary>
    private static readonly TimeSpan Token = TimeSpan.FromSeconds(1 / 8.5) + TimeSpan.FromMilliseconds(1);

    private static Task<long> Wait(AdaptivePacer pacer, PacingLane lane, bool again = false) =>
        pacer.WaitAsync(lane, again, CancellationToken.None);

    [Fact]
    public async Task WaitAsync_NeverThrottled_PassesAtOnce()
    {
        var pacer = new AdaptivePacer(_time);
        for (var i = 0; i < 1000; i++) Assert.True(Wait(pacer, PacingLane.Change).IsCompletedSuccessfully);
        await Wait(pacer, PacingLane.Change);
        Assert.Null(pacer.Rate);
    }

    [Fact]
    public async Task OnThrottled_AfterSends_LimitsToEightyFivePercentOfTheRateSent()
    {
        var pacer = await ThrottledAfterAsync(40);
        Assert.Equal(34, pacer.Rate!.Value, precision: 6);
    }

    [Fact]
    public async Task OnThrottled_OfRequestsSentBeforeTheLastCut_CutsOnce()
    {
        var pacer = new AdaptivePacer(_time);
        var sent = new List<long>();
        for (var i = 0; i < 10; i++) sent.Add(await Wait(pacer, PacingLane.Change));
        _time.Advance(TimeSpan.FromMilliseconds(1));
        foreach (var s in sent) pacer.OnThrottled(s);
        Assert.Equal(8.5, pacer.Rate!.Value, precision: 6);

        _time.Advance(TimeSpan.FromSeconds(1)); // a request sent at the new rate, throttled as well: cut again
        var later = await Wait(pacer, PacingLane.Change);
        _time.Advance(TimeSpan.FromMilliseconds(1));
        pacer.OnThrottled(later);
        Assert.Equal(7.225, pacer.Rate!.Value, precision: 6);
    }

    [Fact]
    public async Task WaitAsync_Limited_WaitsForTheNextToken()
    {
        var pacer = await LimitedAsync();
        var next = Wait(pacer, PacingLane.Change);
        Assert.False(next.IsCompleted);
        _time.Advance(TimeSpan.FromMilliseconds(100));
        Assert.False(next.IsCompleted);
        _time.Advance(TimeSpan.FromMilliseconds(20)); // 1/8.5 s ≈ 118 ms after the cut
        await next.WaitAsync(TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task WaitAsync_Limited_LetsWaitersGoInArrivalOrderAtTheRate()
    {
        var pacer = await LimitedAsync();
        var waiting = Enumerable.Range(0, 5).Select(_ => Wait(pacer, PacingLane.Change)).ToList();
        for (var i = 0; i < 5; i++)
        {
            _time.Advance(Token);
            await waiting[i].WaitAsync(TimeSpan.FromSeconds(5));
            Assert.All(waiting.Skip(i + 1), w => Assert.False(w.IsCompleted));
        }
    }

    [Fact]
    public async Task WaitAsync_ChangeQueuedAfterARead_GoesFirst()
    {
        var pacer = await LimitedAsync();
        var read = Wait(pacer, PacingLane.Read);
        var change = Wait(pacer, PacingLane.Change);
        _time.Advance(Token);
        await change.WaitAsync(TimeSpan.FromSeconds(5));
        Assert.False(read.IsCompleted);
        _time.Advance(Token);
        await read.WaitAsync(TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task WaitAsync_ReadBehindChangesLongerThanItsPatience_GoesBeforeLaterChanges()
    {
        var pacer = await LimitedAsync();
        var read = Wait(pacer, PacingLane.Read);
        // Far more changes than 8.5/s can send within the read's patience.
        var changes = Enumerable.Range(0, 400).Select(_ => Wait(pacer, PacingLane.Change)).ToList();
        for (var i = 0; i < 300 && !read.IsCompleted; i++) _time.Advance(Token);
        await read.WaitAsync(TimeSpan.FromSeconds(5));
        var before = changes.Count(c => c.IsCompleted);
        Assert.InRange(before, 250, 260); // about patience × rate (30 s × 8.5/s, plus the +10/s raises it got none of)
    }

    [Fact]
    public async Task WaitAsync_ReadBehindChangesForFiveSeconds_KeepsWaiting()
    {
        // The 10× bench: 5 s of patience let polls through while AssociateUser calls were still queued.
        var pacer = await LimitedAsync();
        var read = Wait(pacer, PacingLane.Read);
        var changes = Enumerable.Range(0, 100).Select(_ => Wait(pacer, PacingLane.Change)).ToList();
        for (var i = 0; i < 60; i++) _time.Advance(Token);
        Assert.False(read.IsCompleted);
        Assert.InRange(changes.Count(c => c.IsCompleted), 55, 60);
    }

    [Fact]
    public async Task WaitAsync_Again_GoesBeforeEarlierWaiters()
    {
        var pacer = await LimitedAsync();
        var first = Wait(pacer, PacingLane.Change);
        var again = Wait(pacer, PacingLane.Change, again: true);
        _time.Advance(Token);
        await again.WaitAsync(TimeSpan.FromSeconds(5));
        Assert.False(first.IsCompleted);
    }

    [Fact]
    public async Task OnSuccess_WhileLimited_RaisesTheRateByTenOverIt()
    {
        var pacer = await LimitedAsync();
        pacer.OnSuccess();
        Assert.Equal(8.5 + 10 / 8.5, pacer.Rate!.Value, precision: 6);
    }

    [Fact]
    public async Task WaitAsync_Cancelled_StopsWaitingAndLeavesTheQueue()
    {
        var pacer = await LimitedAsync();
        using var cts = new CancellationTokenSource();
        var cancelled = pacer.WaitAsync(PacingLane.Change, again: false, cts.Token);
        var next = Wait(pacer, PacingLane.Change);
        cts.Cancel();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => cancelled);
        _time.Advance(Token); // the first token goes to the waiter behind the cancelled one
        await next.WaitAsync(TimeSpan.FromSeconds(5));
        Assert.Equal((0, 0), pacer.Queued);
    }
}
