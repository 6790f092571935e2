using AwsIdentity.Provider.Host;
using AwsIdentity.Core.Waiting;
using AwsIdentity.Tests.Support;
using Microsoft.Extensions.Time.Testing;
using Moq;
using AwsIdentity.Core.Operations;

namespace AwsIdentity.Tests.Waiting;

public sealed class RetrierTests
{
    private const string Urn = "urn:pulumi:dev::proj::awsidentity:eks:IdentityProviderConfig::oidc";
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2024, 5, 1, 12, 0, 0, TimeSpan.Zero));
    private readonly Mock<IOperationLog> _log = new();
    private readonly DateTimeOffset _start;
    private readonly List<TimeSpan> _attempts = [];

    public RetrierTests() => _start = _time.GetUtcNow();

    // With NextDouble = 1 the wait is the full delay (0.5 + 0.5 * 1), so the schedule is exact.
    private Retrier NewRetrier(double sample = 1) =>
        new(_time, _log.Object, new FixedRandom(sample)) { FirstDelay = TimeSpan.FromSeconds(1), MaxDelay = TimeSpan.FromSeconds(4) };

    private sealed class BusyException(string message) : Exception(message);

    private static string? Busy(Exception e) => e is BusyException ? "the cluster is busy" : null;

    private Func<CancellationToken, Task<string>> FailTimes(int failures, Func<Exception>? error = null) => _ =>
    {
        _attempts.Add(_time.GetUtcNow() - _start);
        return _attempts.Count <= failures ? Task.FromException<string>(error?.Invoke() ?? new BusyException("update in progress")) : Task.FromResult("ok");
    };

    private Task<string> Run(Retrier retrier, Func<CancellationToken, Task<string>> action, TimeSpan? budget = null, CancellationToken ct = default) =>
        retrier.RunAsync("associating config prod:corp", Urn, _start + (budget ?? TimeSpan.FromMinutes(10)), action, Busy, ct);

    [Fact]
    public async Task RunAsync_SucceedsFirstTime_CallsOnceWithoutLogging()
    {
        Assert.Equal("ok", await Run(NewRetrier(), FailTimes(0)));
        Assert.Single(_attempts);
        _log.VerifyNoOtherCalls();
    }

    [Fact]
    public async Task RunAsync_RetryableErrors_RetriesWithDoublingDelaysUpToTheCap()
    {
        var task = Run(NewRetrier(), FailTimes(4));
        _time.Step(TimeSpan.FromSeconds(30), task);
        Assert.Equal("ok", await task);
        // Delays 1, 2, 4, then capped at 4.
        Assert.Equal(new[] { 0, 1, 3, 7, 11 }.Select(s => TimeSpan.FromSeconds(s)), _attempts);
    }

    [Fact]
    public async Task RunAsync_Jitter_ShortensWaitsToAtLeastHalf()
    {
        var task = Run(NewRetrier(sample: 0), FailTimes(2));
        _time.Step(TimeSpan.FromSeconds(30), task);
        await task;
        Assert.Equal(new[] { 0, 500, 1500 }.Select(ms => TimeSpan.FromMilliseconds(ms)), _attempts);
    }

    [Fact]
    public async Task RunAsync_RetryableError_LogsEphemeralLineWithReasonAndAttempt()
    {
        var task = Run(NewRetrier(), FailTimes(2));
        _time.Step(TimeSpan.FromSeconds(10), task);
        await task;
        _log.Verify(l => l.LogAsync(OperationLogLevel.Info,
            "associating config prod:corp: the cluster is busy; attempt 1, trying again in 1s", Urn, true, It.IsAny<CancellationToken>()), Times.Once);
        _log.Verify(l => l.LogAsync(OperationLogLevel.Info,
            "associating config prod:corp: the cluster is busy; attempt 2, trying again in 2s", Urn, true, It.IsAny<CancellationToken>()), Times.Once);
        _log.VerifyNoOtherCalls();
    }

    [Fact]
    public async Task RunAsync_NotRetryable_RethrowsAtOnce()
    {
        var error = new InvalidOperationException("access denied");
        var thrown = await Assert.ThrowsAsync<InvalidOperationException>(() => Run(NewRetrier(), FailTimes(5, () => error)));
        Assert.Same(error, thrown);
        Assert.Single(_attempts);
        _log.VerifyNoOtherCalls();
    }

    [Fact]
    public async Task RunAsync_NextWaitWouldPassTheDeadline_RethrowsTheLastError()
    {
        // Attempts at 0 s and 1 s; the next wait (2 s) would end at 3 s, past the 2.5 s deadline.
        var task = Run(NewRetrier(), FailTimes(10), TimeSpan.FromMilliseconds(2500));
        _time.Step(TimeSpan.FromSeconds(10), task);
        var e = await Assert.ThrowsAsync<BusyException>(() => task);
        Assert.Equal("update in progress", e.Message);
        Assert.Equal([TimeSpan.Zero, TimeSpan.FromSeconds(1)], _attempts);
    }

    [Fact]
    public async Task RunAsync_WaitEndingExactlyAtTheDeadline_GivesUp()
    {
        var task = Run(NewRetrier(), FailTimes(10), TimeSpan.FromSeconds(1));
        _time.Step(TimeSpan.FromSeconds(5), task);
        await Assert.ThrowsAsync<BusyException>(() => task);
        Assert.Single(_attempts);
    }

    [Fact]
    public async Task RunAsync_CancelledWhileWaiting_ThrowsOperationCanceledAndStops()
    {
        using var cts = new CancellationTokenSource();
        var task = Run(NewRetrier(), FailTimes(10), ct: cts.Token);
        _time.Step(TimeSpan.FromSeconds(1), null); // second attempt at 1 s, now waiting 2 s
        await cts.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => task);
        _time.Step(TimeSpan.FromMinutes(1), null);
        Assert.Equal(2, _attempts.Count);
    }

    [Fact]
    public async Task RunAsync_RetryableErrorAfterCancellation_IsRethrownWithoutRetry()
    {
        using var cts = new CancellationTokenSource();
        Task<string> Action(CancellationToken _)
        {
            _attempts.Add(TimeSpan.Zero);
            cts.Cancel();
            return Task.FromException<string>(new BusyException("busy"));
        }
        await Assert.ThrowsAsync<BusyException>(() => Run(NewRetrier(), Action, ct: cts.Token));
        Assert.Single(_attempts);
    }

    [Fact]
    public async Task RunAsync_PassesTheCancellationTokenToTheAction()
    {
        using var cts = new CancellationTokenSource();
        CancellationToken seen = default;
        await Run(NewRetrier(), c => { seen = c; return Task.FromResult("ok"); }, ct: cts.Token);
        Assert.Equal(cts.Token, seen);
    }
}
