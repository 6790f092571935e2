using AwsIdentity.Aws.LicenseManagerUserSubscriptions.Model;
using AwsIdentity.Core.Waiting;

namespace AwsIdentity.Core.Resources.LicenseManager;

/// <summary>
/// The status strings of one kind of License Manager User Subscriptions object: <paramref name="Ready"/> ends a create's
/// wait, <paramref name="Gone"/> a delete's; <paramref name="Arriving"/> and <paramref name="Leaving"/> are the steps
/// between. <paramref name="What"/> names the object in messages. Where sources name more than one string for the same
/// state (ProductSubscriptionStatus.cs), <see cref="AlsoReady"/> and <see cref="AlsoGone"/> hold the others.
/// </summary>
internal sealed record LmusStatuses(string What, string Arriving, string Ready, string Leaving, string Gone)
{
    public IReadOnlyList<string> AlsoReady { get; init; } = [];
    public IReadOnlyList<string> AlsoGone { get; init; } = [];

    public bool IsReady(string? status) => LmusErrors.Is(status, Ready) || AlsoReady.Any(s => LmusErrors.Is(status, s));

    public bool IsGone(string? status) => LmusErrors.Is(status, Gone) || AlsoGone.Any(s => LmusErrors.Is(status, s));

    /// <summary>Still in place and not on its way out: neither gone, nor leaving, nor failed. Only such objects make a
    /// removal AWS refuses because of them wait in vain (LmusRefusal.cs).</summary>
    public bool IsHeld(string? status) => !IsGone(status) && !LmusErrors.Is(status, Leaving) && !LmusErrors.IsFailure(status);

    /// <summary>Made or being made: what an earlier attempt of a create leaves behind, and so may adopt.</summary>
    public bool IsLive(string? status) => IsReady(status) || LmusErrors.Is(status, Arriving);
}

/// <summary>
/// Polls of LMUS waits, for every kind of object: statuses are free strings (ARCHITECTURE.md "AWS facts"), so anything
/// containing FAIL fails with AWS's message, the object leaving or gone fails a create, and a status this provider does
/// not know yet is pending until the timeout.
/// </summary>
internal static class LmusWaits
{
    /// <summary>One poll of a create's wait. <paramref name="report"/> gives an object's status and AWS's message.</summary>
    public static async Task<Observation<T>> ObserveReady<T>(Func<CancellationToken, Task<T?>> find, Func<T, (string? Status, string? Message)> report,
        LmusStatuses statuses, CancellationToken ct) where T : class
    {
        if (await find(ct).ConfigureAwait(false) is not { } item) return Observation<T>.Pending("not listed yet");
        var (status, message) = report(item);
        if (LmusErrors.IsFailure(status)) return Observation<T>.Failed(status!, message ?? "License Manager gave no status message", item);
        if (statuses.IsReady(status)) return Observation<T>.Done(item, status!);
        if (statuses.IsGone(status) || LmusErrors.Is(status, statuses.Leaving))
            return Observation<T>.Failed(status!, message ?? $"the {statuses.What} was removed while it was being created", item);
        return Observation<T>.Pending(status ?? statuses.Arriving, item);
    }

    /// <summary>One poll of a delete's wait: done when the object is no longer listed, listed as gone, or its parent is gone.</summary>
    public static async Task<Observation<bool>> ObserveGone<T>(Func<CancellationToken, Task<T?>> find, Func<T, (string? Status, string? Message)> report,
        LmusStatuses statuses, CancellationToken ct) where T : class
    {
        T? item;
        try
        {
            item = await find(ct).ConfigureAwait(false);
        }
        catch (ResourceNotFoundException)
        {
            return Observation<bool>.Done(true, "gone"); // what the object belongs to (an instance, a directory) is gone
        }
        if (item is null) return Observation<bool>.Done(true, "gone");
        var (status, message) = report(item);
        if (statuses.IsGone(status)) return Observation<bool>.Done(true, status!);
        if (LmusErrors.IsFailure(status)) return Observation<bool>.Failed(status!, message ?? "License Manager gave no status message");
        return Observation<bool>.Pending(status ?? statuses.Leaving);
    }
}
