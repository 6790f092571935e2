using AwsIdentity.Aws.Runtime;
using Microsoft.Extensions.Time.Testing;

namespace AwsIdentity.Aws.Tests.Runtime;

public sealed class AdaptivePacerTests
{
    private readonly FakeTimeProvider _time = new();

    [Fact]
    public async Task WaitAsync_NeverThrottled_PassesAtOnce()
    {
        var pacer = new AdaptivePacer(_time);
        for (var i = 0; i < 1000; i++) Assert.True(pacer.WaitAsync(CancellationToken.None).IsCompletedSuccessfully);
        await pacer.WaitAsync(CancellationToken.None);
        Assert.Null(pacer.Rate);
    }

    [Fact]
    public async Task OnThrottled_AfterSends_LimitsToEightyFivePercentOfTheRateSent()
    {
        var pacer = new AdaptivePacer(_time);
        for (var i = 0; i < 40; i++) await pacer.WaitAsync(CancellationToken.None);
        pacer.OnThrottled();
        Assert.Equal(34, pacer.Rate!.Value, precision: 6);
    }

    [Fact]
    public async Task OnThrottled_TwiceWithinHalfASecond_DecreasesOnce()
    {
        var pacer = new AdaptivePacer(_time);
        for (var i = 0; i < 10; i++) await pacer.WaitAsync(CancellationToken.None);
        pacer.OnThrottled();
        pacer.OnThrottled();
        Assert.Equal(8.5, pacer.Rate!.Value, precision: 6);
        _time.Advance(TimeSpan.FromMilliseconds(600));
        pacer.OnThrottled();
        Assert.Equal(7.225, pacer.Rate!.Value, precision: 6);
    }

    [Fact]
    public async Task WaitAsync_Limited_WaitsForTheNextToken()
    {
        var pacer = new AdaptivePacer(_time);
        for (var i = 0; i < 10; i++) await pacer.WaitAsync(CancellationToken.None);
        pacer.OnThrottled(); // 8.5 requests/s, no tokens left
        var next = pacer.WaitAsync(CancellationToken.None);
        Assert.False(next.IsCompleted);
        _time.Advance(TimeSpan.FromMilliseconds(100));
        Assert.False(next.IsCompleted);
        _time.Advance(TimeSpan.FromMilliseconds(50)); // 1/8.5 s ≈ 118 ms after the cut
        await next.WaitAsync(TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task OnSuccess_WhileLimited_RaisesTheRateByTenOverIt()
    {
        var pacer = new AdaptivePacer(_time);
        for (var i = 0; i < 10; i++) await pacer.WaitAsync(CancellationToken.None);
        pacer.OnThrottled();
        pacer.OnSuccess();
        Assert.Equal(8.5 + 10 / 8.5, pacer.Rate!.Value, precision: 6);
    }

    [Fact]
    public async Task WaitAsync_Cancelled_StopsWaiting()
    {
        var pacer = new AdaptivePacer(_time);
        for (var i = 0; i < 10; i++) await pacer.WaitAsync(CancellationToken.None);
        pacer.OnThrottled();
        using var cts = new CancellationTokenSource();
        var next = pacer.WaitAsync(cts.Token);
        cts.Cancel();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => next);
    }
}
