using Microsoft.Extensions.Time.Testing;

namespace AwsIdentity.Tests.Support;

internal static class FakeTimeSteps
{
    /// <summary>
    /// Moves fake time on in steps. FakeTimeProvider.Advance jumps to its target and only then fires the timers due,
    /// and a timer created by a callback waits for the next Advance, so a chain of delays needs one Advance per
    /// step; the step bounds the timing precision. Stops early once <paramref name="until"/> has finished.
    /// </summary>
    public static void Step(this FakeTimeProvider time, TimeSpan total, Task? until = null, TimeSpan? step = null)
    {
        var size = step ?? TimeSpan.FromMilliseconds(1);
        Inline(() =>
        {
            for (var moved = TimeSpan.Zero; moved < total && until?.IsCompleted != true; moved += size) time.Advance(size);
        });
    }

    /// <summary>One Advance whose timer continuations run before it returns (see <see cref="Inline"/>).</summary>
    public static void AdvanceInline(this FakeTimeProvider time, TimeSpan by) => Inline(() => time.Advance(by));

    /// <summary>
    /// Runs <paramref name="action"/> without xunit's SynchronizationContext: under it, .NET does not inline
    /// ConfigureAwait(false) continuations of a timer that fires, but queues them to the thread pool, so the code
    /// under test would still be running (or not yet running) when Advance returns.
    /// </summary>
    public static void Inline(Action action)
    {
        var previous = SynchronizationContext.Current;
        SynchronizationContext.SetSynchronizationContext(null);
        try
        {
            action();
        }
        finally
        {
            SynchronizationContext.SetSynchronizationContext(previous);
        }
    }
}
