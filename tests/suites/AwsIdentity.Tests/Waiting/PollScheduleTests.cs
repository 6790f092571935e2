using AwsIdentity.Core.Waiting;
using AwsIdentity.Tests.Support;

namespace AwsIdentity.Tests.Waiting;

public sealed class PollScheduleTests
{
    private static readonly PollSchedule Schedule = PollSchedule.Default;

    [Fact]
    public void Next_FirstAttempt_ReturnsFirstDelay() =>
        Assert.Equal(TimeSpan.FromMilliseconds(500), Schedule.Next(0, TimeSpan.FromMinutes(5), new FixedRandom(0.5)));

    [Theory]
    [InlineData(0, 1)]      // 10% of nothing: the minimum
    [InlineData(5, 1)]      // 0.5 s: still the minimum
    [InlineData(10, 1)]     // exactly the minimum
    [InlineData(100, 10)]   // 10% of elapsed
    [InlineData(250, 25)]
    [InlineData(300, 30)]   // exactly the maximum
    [InlineData(3600, 30)]  // capped
    public void Next_WithoutJitter_IsTenPercentOfElapsedWithinBounds(int elapsedSeconds, double expectedSeconds) =>
        Assert.Equal(TimeSpan.FromSeconds(expectedSeconds), Schedule.Next(3, TimeSpan.FromSeconds(elapsedSeconds), new FixedRandom(0)));

    [Theory]
    [InlineData(0.0, 10_000)]
    [InlineData(0.5, 9_500)]
    [InlineData(0.999, 9_001)]
    public void Next_WithJitter_OnlyShortensTheGap(double sample, double expectedMs)
    {
        var gap = Schedule.Next(1, TimeSpan.FromSeconds(100), new FixedRandom(sample));
        Assert.Equal(expectedMs, gap.TotalMilliseconds, 0.5);
        Assert.True(gap <= TimeSpan.FromSeconds(10));
    }

    [Fact]
    public void Next_CustomBounds_AreHonoured()
    {
        var schedule = new PollSchedule { MinInterval = TimeSpan.FromSeconds(2), MaxInterval = TimeSpan.FromSeconds(5), Growth = 0.5, Jitter = 0 };
        Assert.Equal(TimeSpan.FromSeconds(2), schedule.Next(1, TimeSpan.FromSeconds(1), Random.Shared));
        Assert.Equal(TimeSpan.FromSeconds(4), schedule.Next(1, TimeSpan.FromSeconds(8), Random.Shared));
        Assert.Equal(TimeSpan.FromSeconds(5), schedule.Next(1, TimeSpan.FromSeconds(60), Random.Shared));
    }

    [Theory]
    [InlineData(1, 2_000)]
    [InlineData(2, 4_000)]
    [InlineData(3, 8_000)]
    [InlineData(10, 30_000)]
    public void Backoff_ConsecutiveFailedPolls_DoublesPerFailureUpToTheCap(int failures, int expectedMs) =>
        Assert.Equal(TimeSpan.FromMilliseconds(expectedMs), PollSchedule.Default.Backoff(TimeSpan.FromSeconds(1), failures));
}
