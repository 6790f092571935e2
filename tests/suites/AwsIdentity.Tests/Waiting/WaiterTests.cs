using AwsIdentity.Provider.Host;
using AwsIdentity.Core.Waiting;
using AwsIdentity.Tests.Support;
using Microsoft.Extensions.Time.Testing;
using Moq;
using AwsIdentity.Core.Operations;

namespace AwsIdentity.Tests.Waiting;

public sealed class WaiterTests
{
    private const string Urn = "urn:pulumi:dev::proj::awsidentity:eks:IdentityProviderConfig::oidc";
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2024, 5, 1, 12, 0, 0, TimeSpan.Zero));
    private readonly Mock<IOperationLog> _log = new();
    private readonly DateTimeOffset _start;
    private readonly List<TimeSpan> _polls = [];

    public WaiterTests() => _start = _time.GetUtcNow();

    private Waiter NewWaiter(PollSchedule? schedule = null, double jitterSample = 0) =>
        new(_time, _log.Object, schedule, new FixedRandom(jitterSample));

    private WaitRequest Request(TimeSpan timeout, Func<Exception, bool>? transient = null) =>
        new("update u-1 of cluster prod", Urn, _start + timeout, timeout) { IsTransient = transient ?? (_ => false) };

    /// <summary>An observer that records when it was called and answers from a script.</summary>
    private Func<CancellationToken, Task<Observation<string>>> Script(params Func<Observation<string>>[] steps)
    {
        var i = 0;
        return _ =>
        {
            _polls.Add(_time.GetUtcNow() - _start);
            var step = steps[Math.Min(i++, steps.Length - 1)];
            return Task.FromResult(step());
        };
    }

    private static Func<Observation<string>> Pending(string status = "InProgress") => () => Observation<string>.Pending(status);

    [Fact]
    public async Task WaitAsync_FirstPoll_HappensAfterFirstDelay()
    {
        var task = NewWaiter().WaitAsync(Request(TimeSpan.FromMinutes(1)), Script(() => Observation<string>.Done("v", "Successful")), default);
        _time.AdvanceInline(TimeSpan.FromMilliseconds(499));
        Assert.Empty(_polls);
        Assert.False(task.IsCompleted);
        _time.AdvanceInline(TimeSpan.FromMilliseconds(1));
        Assert.Equal("v", await task);
        Assert.Equal([TimeSpan.FromMilliseconds(500)], _polls);
    }

    [Fact]
    public async Task WaitAsync_LookNow_PollsAtOnceThenFollowsTheSchedule()
    {
        var request = Request(TimeSpan.FromMinutes(1)) with { LookNow = true };
        var task = NewWaiter().WaitAsync(request, Script(Pending(), () => Observation<string>.Done("v", "ACTIVE")), default);
        Assert.Equal([TimeSpan.Zero], _polls);
        _time.Step(TimeSpan.FromSeconds(5), task);
        Assert.Equal("v", await task);
        Assert.Equal([TimeSpan.Zero, TimeSpan.FromSeconds(1)], _polls);
    }

    [Fact]
    public async Task WaitAsync_LookNowButAlreadyCancelled_ThrowsWithoutPolling()
    {
        var request = Request(TimeSpan.FromMinutes(1)) with { LookNow = true };
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            NewWaiter().WaitAsync(request, Script(Pending()), new CancellationToken(canceled: true)));
        Assert.Empty(_polls);
    }

    [Fact]
    public async Task WaitAsync_LongWait_GapsAreTenPercentOfElapsedWithinBounds()
    {
        var observe = Script(Pending());
        var task = NewWaiter().WaitAsync(Request(TimeSpan.FromMinutes(20)), observe, default);
        _time.Step(TimeSpan.FromMinutes(20), task, TimeSpan.FromMilliseconds(10));
        await Assert.ThrowsAsync<WaitTimeoutException>(() => task);

        Assert.Equal(TimeSpan.FromMilliseconds(500), _polls[0]);
        for (var n = 1; n < _polls.Count - 1; n++)
        {
            // Time moves in 10 ms steps here, so a poll fires up to one step after it is due.
            var expected = Clamp(_polls[n - 1] * 0.1).TotalMilliseconds;
            Assert.InRange((_polls[n] - _polls[n - 1]).TotalMilliseconds, expected, expected + 10);
        }
        var gaps = _polls.Zip(_polls.Skip(1), (a, b) => b - a).ToList();
        Assert.Contains(TimeSpan.FromSeconds(1), gaps);
        Assert.Contains(gaps, g => g > TimeSpan.FromSeconds(1) && g < TimeSpan.FromSeconds(30));
        Assert.Contains(TimeSpan.FromSeconds(30), gaps);
        // 20 minutes of waiting costs tens of polls, not thousands.
        Assert.InRange(_polls.Count, 20, 100);
    }

    [Fact]
    public async Task WaitAsync_Jitter_OnlyShortensGaps()
    {
        var task = NewWaiter(jitterSample: 0.9).WaitAsync(Request(TimeSpan.FromMinutes(2)), Script(Pending()), default);
        _time.Step(TimeSpan.FromMinutes(2), task);
        await Assert.ThrowsAsync<WaitTimeoutException>(() => task);
        for (var n = 1; n < _polls.Count - 1; n++)
        {
            var bound = Clamp(_polls[n - 1] * 0.1);
            var gap = _polls[n] - _polls[n - 1];
            Assert.InRange(gap.TotalMilliseconds, bound.TotalMilliseconds * 0.909, bound.TotalMilliseconds * 0.911 + 1);
        }
    }

    private static TimeSpan Clamp(TimeSpan t) =>
        t < TimeSpan.FromSeconds(1) ? TimeSpan.FromSeconds(1) : t > TimeSpan.FromSeconds(30) ? TimeSpan.FromSeconds(30) : t;

    [Fact]
    public async Task WaitAsync_DoneAfterPending_ReturnsTheValue()
    {
        var task = NewWaiter().WaitAsync(Request(TimeSpan.FromMinutes(1)),
            Script(Pending(), Pending(), () => Observation<string>.Done("config-arn", "ACTIVE")), default);
        _time.Step(TimeSpan.FromSeconds(5), task);
        Assert.Equal("config-arn", await task);
        Assert.Equal(3, _polls.Count);
    }

    [Fact]
    public async Task WaitAsync_Failed_ThrowsWaitFailedWithStatusAndReason()
    {
        var task = NewWaiter().WaitAsync(Request(TimeSpan.FromMinutes(1)),
            Script(Pending(), () => Observation<string>.Failed("Failed", "InvalidIssuer: unreachable")), default);
        _time.Step(TimeSpan.FromSeconds(5), task);
        var e = await Assert.ThrowsAsync<WaitFailedException>(() => task);
        Assert.Equal("Failed", e.Status);
        Assert.Equal("InvalidIssuer: unreachable", e.Reason);
        Assert.Contains("update u-1 of cluster prod ended Failed: InvalidIssuer: unreachable", e.Message);
    }

    [Fact]
    public async Task WaitAsync_FailedWithoutReason_SaysNoReasonGiven()
    {
        var task = NewWaiter().WaitAsync(Request(TimeSpan.FromMinutes(1)),
            Script(() => new Observation<string>(WaitState.Failed, null, "Cancelled")), default);
        _time.Step(TimeSpan.FromSeconds(1), task);
        Assert.Equal("no reason given", (await Assert.ThrowsAsync<WaitFailedException>(() => task)).Reason);
    }

    [Fact]
    public async Task WaitAsync_NeverDone_TimesOutAfterAFinalPollAtTheDeadline()
    {
        var task = NewWaiter().WaitAsync(Request(TimeSpan.FromSeconds(10)), Script(Pending("CREATING")), default);
        _time.Step(TimeSpan.FromMilliseconds(9_999), task);
        Assert.False(task.IsCompleted);
        _time.AdvanceInline(TimeSpan.FromMilliseconds(1));
        var e = await Assert.ThrowsAsync<WaitTimeoutException>(() => task);
        Assert.Equal(TimeSpan.FromSeconds(10), _polls[^1]);
        Assert.Equal("CREATING", e.LastStatus);
        Assert.Contains("still CREATING after 10s", e.Message);
        Assert.EndsWith("(the timeout)", e.Message); // no front end's wording in the core (Host/PulumiWording.cs adds Pulumi's)
    }

    [Fact]
    public async Task WaitAsync_DeadlineAlreadyPassed_TimesOutWithoutPolling()
    {
        var request = new WaitRequest("x", Urn, _start - TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(3));
        var e = await Assert.ThrowsAsync<WaitTimeoutException>(() => NewWaiter().WaitAsync(request, Script(Pending()), default));
        Assert.Empty(_polls);
        Assert.Equal("pending", e.LastStatus);
        Assert.Contains("after 3m0s", e.Message);
    }

    [Fact]
    public async Task WaitAsync_DoneAtTheFinalPoll_ReturnsInsteadOfTimingOut()
    {
        var task = NewWaiter().WaitAsync(Request(TimeSpan.FromSeconds(2)),
            Script(Pending(), Pending(), () => Observation<string>.Done("late", "Successful")), default);
        _time.Step(TimeSpan.FromSeconds(2), task);
        Assert.Equal("late", await task);
        Assert.Equal([TimeSpan.FromMilliseconds(500), TimeSpan.FromMilliseconds(1500), TimeSpan.FromSeconds(2)], _polls);
    }

    [Fact]
    public async Task WaitAsync_CancelledWhileSleeping_ThrowsOperationCanceled()
    {
        using var cts = new CancellationTokenSource();
        var task = NewWaiter().WaitAsync(Request(TimeSpan.FromMinutes(1)), Script(Pending()), cts.Token);
        _time.Step(TimeSpan.FromSeconds(2), task);
        var polled = _polls.Count;
        await cts.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => task);
        _time.Step(TimeSpan.FromMinutes(1), null);
        Assert.Equal(polled, _polls.Count);
    }
}
