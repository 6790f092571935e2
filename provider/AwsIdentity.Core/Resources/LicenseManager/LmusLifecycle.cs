using AwsIdentity.Aws.LicenseManagerUserSubscriptions.Model;
using AwsIdentity.Core.Waiting;

namespace AwsIdentity.Core.Resources.LicenseManager;

/// <summary>
/// What follows the create call of an LMUS object (LmusCreation.cs), and its delete: wait for it, keeping it in state
/// whatever fails after AWS accepted it (OperationFailure.cs); remove it and wait until it is gone.
/// </summary>
internal static class LmusLifecycle
{
    /// <summary>
    /// Waits until <paramref name="observe"/> is done and returns the state <paramref name="stateOf"/> makes of it,
    /// passed through <paramref name="afterwards"/> (tags of an adopted object). Any failure throws
    /// <see cref="StartedException"/> with the latest state: the object exists in AWS, so it stays in state.
    /// </summary>
    public static async Task<TState> FinishAsync<T, TState>(OperationContext context, string waitingFor, string what, TState started,
        Func<CancellationToken, Task<Observation<T>>> observe, Func<T, TState> stateOf, Func<TState, Task<TState>>? afterwards) where TState : class
    {
        var state = started;
        try
        {
            state = stateOf(await context.WaitAsync(waitingFor, observe).ConfigureAwait(false));
            return afterwards is null ? state : await afterwards(state).ConfigureAwait(false);
        }
        catch (Exception e)
        {
            throw new StartedException(state, what, e);
        }
    }

    /// <summary>
    /// Calls <paramref name="remove"/> (retried within the deadline), then waits until <paramref name="observeGone"/>
    /// says the object is gone, counted as a wait on its listing key meanwhile (<paramref name="waiting"/>). An object
    /// AWS no longer finds (ResourceNotFoundException) is already gone: removed out of band, or what it belonged to
    /// went first.
    /// </summary>
    public static async Task RemoveAsync(OperationContext context, string action, Func<CancellationToken, Task> remove, string waitingFor,
        Func<CancellationToken, Task<Observation<bool>>> observeGone, Func<IDisposable> waiting)
    {
        try
        {
            await context.RetryAsync(action, remove).ConfigureAwait(false);
            using var counted = waiting();
            await context.WaitAsync(waitingFor, observeGone).ConfigureAwait(false);
        }
        catch (ResourceNotFoundException)
        {
            // Already gone.
        }
    }
}
