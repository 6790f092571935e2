using AwsIdentity.Provider.Host;
using AwsIdentity.Core.Waiting;
using AwsIdentity.Tests.Support;
using Microsoft.Extensions.Time.Testing;
using Moq;
using AwsIdentity.Core.Operations;

namespace AwsIdentity.Tests.Waiting;

/// <summary>Poll errors and the status lines the waiter shows while it waits.</summary>
public sealed class WaiterProgressTests
{
    private const string Urn = "urn:pulumi:dev::proj::awsidentity:licensemanager:UserAssociation::alice";
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2024, 5, 1, 12, 0, 0, TimeSpan.Zero));
    private readonly Mock<IOperationLog> _log = new();
    private readonly Waiter _waiter;

    public WaiterProgressTests() => _waiter = new Waiter(_time, _log.Object, random: new FixedRandom(0));

    private WaitRequest Request(Func<Exception, bool>? transient = null) =>
        new("user alice to be ASSOCIATED", Urn, _time.GetUtcNow() + TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(5))
        {
            IsTransient = transient ?? (_ => false),
        };

    private static Func<CancellationToken, Task<Observation<int>>> Sequence(params Func<Observation<int>>[] steps)
    {
        var i = 0;
        return _ => Task.FromResult(steps[Math.Min(i++, steps.Length - 1)]());
    }

    [Fact]
    public async Task WaitAsync_TransientPollError_IsRetriedAndLogged()
    {
        var calls = 0;
        var task = _waiter.WaitAsync(Request(e => e is TimeoutException), Sequence(
            () => { calls++; throw new TimeoutException("read timed out"); },
            () => { calls++; return Observation<int>.Done(42, "ASSOCIATED"); }), default);
        _time.Step(TimeSpan.FromSeconds(3), task);
        Assert.Equal(42, await task);
        Assert.Equal(2, calls);
        _log.Verify(l => l.LogAsync(OperationLogLevel.Info,
            It.Is<string>(m => m.Contains("waiting for user alice to be ASSOCIATED") && m.Contains("poll failed: read timed out; trying again")),
            Urn, true, It.IsAny<CancellationToken>()), Times.Once);
    }

    [Fact]
    public async Task WaitAsync_NonTransientPollError_Propagates()
    {
        var calls = 0;
        var task = _waiter.WaitAsync(Request(e => e is TimeoutException), Sequence(
            () => { calls++; throw new UnauthorizedAccessException("denied"); },
            () => { calls++; return Observation<int>.Done(1, "ASSOCIATED"); }), default);
        _time.Step(TimeSpan.FromSeconds(3), task);
        Assert.Equal("denied", (await Assert.ThrowsAsync<UnauthorizedAccessException>(() => task)).Message);
        Assert.Equal(1, calls);
    }

    [Fact]
    public async Task WaitAsync_DefaultRequest_TreatsNoErrorAsTransient()
    {
        var request = new WaitRequest("x", Urn, _time.GetUtcNow() + TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(1));
        var task = _waiter.WaitAsync(request, Sequence(() => throw new TimeoutException("t")), default);
        _time.Step(TimeSpan.FromSeconds(1), task);
        await Assert.ThrowsAsync<TimeoutException>(() => task);
    }

    [Fact]
    public async Task WaitAsync_TransientErrorAfterCancellation_IsNotRetried()
    {
        using var cts = new CancellationTokenSource();
        var calls = 0;
        var task = _waiter.WaitAsync(Request(_ => true), Sequence(
            () => { calls++; cts.Cancel(); throw new TimeoutException("slow"); },
            () => { calls++; return Observation<int>.Done(1, "ASSOCIATED"); }), cts.Token);
        _time.Step(TimeSpan.FromSeconds(3), task);
        await Assert.ThrowsAsync<TimeoutException>(() => task);
        Assert.Equal(1, calls);
    }

    [Fact]
    public async Task WaitAsync_PendingPolls_LogEphemeralStatusLinesWithElapsedTime()
    {
        var task = _waiter.WaitAsync(Request(), Sequence(
            () => Observation<int>.Pending("ASSOCIATING"),
            () => Observation<int>.Pending("ASSOCIATING"),
            () => Observation<int>.Done(7, "ASSOCIATED")), default);
        _time.Step(TimeSpan.FromSeconds(3), task);
        Assert.Equal(7, await task);

        _log.Verify(l => l.LogAsync(OperationLogLevel.Info,
            It.Is<string>(m => m.Contains("waiting for user alice to be ASSOCIATED") && m.Contains("ASSOCIATING") && m.Contains("elapsed")),
            Urn, true, It.IsAny<CancellationToken>()), Times.Exactly(2));
        _log.Verify(l => l.LogAsync(It.IsAny<OperationLogLevel>(), It.Is<string>(m => m.Contains("0.5s elapsed")), Urn, true, It.IsAny<CancellationToken>()), Times.Once);
        _log.Verify(l => l.LogAsync(It.IsAny<OperationLogLevel>(), It.Is<string>(m => m.Contains("1.5s elapsed")), Urn, true, It.IsAny<CancellationToken>()), Times.Once);
        // The terminal observation is not shown as a status line.
        _log.Verify(l => l.LogAsync(It.IsAny<OperationLogLevel>(), It.Is<string>(m => m.Contains(": ASSOCIATED,")), It.IsAny<string?>(),
            It.IsAny<bool>(), It.IsAny<CancellationToken>()), Times.Never);
        _log.Verify(l => l.LogAsync(It.IsAny<OperationLogLevel>(), It.IsAny<string>(), It.IsAny<string?>(), false, It.IsAny<CancellationToken>()), Times.Never);
    }

    [Fact]
    public async Task WaitAsync_LongWait_StatusLineShowsMinutes()
    {
        var i = 0;
        var task = _waiter.WaitAsync(Request(), _ => Task.FromResult(++i < 40 ? Observation<int>.Pending("ASSOCIATING") : Observation<int>.Done(1, "ASSOCIATED")), default);
        _time.Step(TimeSpan.FromMinutes(5), task, TimeSpan.FromMilliseconds(10));
        await task;
        _log.Verify(l => l.LogAsync(OperationLogLevel.Info, It.Is<string>(m => System.Text.RegularExpressions.Regex.IsMatch(m, @", \dm\d+s elapsed$")),
            Urn, true, It.IsAny<CancellationToken>()), Times.AtLeastOnce);
    }
}
