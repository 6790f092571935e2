using AwsIdentity.Aws.LicenseManagerUserSubscriptions;
using AwsIdentity.Aws.LicenseManagerUserSubscriptions.Model;
using AwsIdentity.Core.Waiting;

namespace AwsIdentity.Core.Resources.LicenseManager;

/// <summary>Status functions for association waits (statuses: ASSOCIATING, ASSOCIATED, DISASSOCIATING, DISASSOCIATED).</summary>
internal static class UserAssociationWaits
{
    public static Task<Observation<InstanceUserSummary>> ObserveAssociated(IAmazonLicenseManagerUserSubscriptions lmus,
        string instanceId, IdentityProvider idp, string username, string? domain, CancellationToken ct) =>
        ObserveAssociated(c => AssociationLookup.FindFresh(lmus, instanceId, idp, username, domain, c), ct);

    public static async Task<Observation<InstanceUserSummary>> ObserveAssociated(
        Func<CancellationToken, Task<InstanceUserSummary?>> find, CancellationToken ct)
    {
        var s = await find(ct).ConfigureAwait(false);
        if (s is null) return Observation<InstanceUserSummary>.Pending("not listed yet");
        if (LmusErrors.IsFailure(s.Status))
            return Observation<InstanceUserSummary>.Failed(s.Status!, s.StatusMessage ?? "License Manager gave no status message", s);
        if (LmusErrors.Is(s.Status, "ASSOCIATED")) return Observation<InstanceUserSummary>.Done(s, s.Status!);
        if (LmusErrors.Is(s.Status, "DISASSOCIATED") || LmusErrors.Is(s.Status, "DISASSOCIATING"))
            return Observation<InstanceUserSummary>.Failed(s.Status!, s.StatusMessage ?? "the association was removed while it was being created", s);
        // ASSOCIATING, or a status this provider does not know yet: keep waiting until the timeout.
        return Observation<InstanceUserSummary>.Pending(s.Status ?? "ASSOCIATING", s);
    }

    public static async Task<Observation<bool>> ObserveGone(Func<CancellationToken, Task<InstanceUserSummary?>> find, CancellationToken ct)
    {
        InstanceUserSummary? s;
        try
        {
            s = await find(ct).ConfigureAwait(false);
        }
        catch (ResourceNotFoundException)
        {
            return Observation<bool>.Done(true, "gone"); // the instance or directory itself is gone
        }
        if (s is null || LmusErrors.Is(s.Status, "DISASSOCIATED")) return Observation<bool>.Done(true, s?.Status ?? "gone");
        if (LmusErrors.IsFailure(s.Status))
            return Observation<bool>.Failed(s.Status!, s.StatusMessage ?? "License Manager gave no status message");
        return Observation<bool>.Pending(s.Status ?? "DISASSOCIATING");
    }
}
