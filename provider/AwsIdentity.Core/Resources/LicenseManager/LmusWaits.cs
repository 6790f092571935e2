using AwsIdentity.Aws.LicenseManagerUserSubscriptions.Model;
using AwsIdentity.Core.Waiting;

namespace AwsIdentity.Core.Resources.LicenseManager;

/// <summary>Status functions for the waits of LMUS objects (LmusStatuses.cs says which status means what).</summary>
internal static class LmusWaits
{
    public static async Task<Observation<T>> ObserveDone<T>(LmusStatuses<T> statuses, Func<CancellationToken, Task<T?>> find, CancellationToken ct)
        where T : class
    {
        var s = await find(ct).ConfigureAwait(false);
        if (s is null) return Observation<T>.Pending("not listed yet");
        var status = statuses.Status(s);
        if (LmusErrors.IsFailure(status)) return Observation<T>.Failed(status!, statuses.ReasonOf(s), s);
        if (statuses.IsDone(s)) return Observation<T>.Done(s, status!);
        if (statuses.IsRemoved(s)) return Observation<T>.Failed(status!, statuses.Message(s) ?? statuses.RemovedReason, s);
        // Starting, or a status this provider does not know yet: keep waiting until the timeout.
        return Observation<T>.Pending(status ?? statuses.Starting, s);
    }

    public static async Task<Observation<bool>> ObserveGone<T>(LmusStatuses<T> statuses, Func<CancellationToken, Task<T?>> find, CancellationToken ct)
        where T : class
    {
        T? s;
        try
        {
            s = await find(ct).ConfigureAwait(false);
        }
        catch (ResourceNotFoundException)
        {
            return Observation<bool>.Done(true, "gone"); // what the object belonged to (instance, directory) is gone
        }
        if (s is null || statuses.IsGone(s)) return Observation<bool>.Done(true, s is null ? "gone" : statuses.Status(s)!);
        var status = statuses.Status(s);
        if (LmusErrors.IsFailure(status)) return Observation<bool>.Failed(status!, statuses.ReasonOf(s));
        return Observation<bool>.Pending(status ?? statuses.Stopping);
    }
}
