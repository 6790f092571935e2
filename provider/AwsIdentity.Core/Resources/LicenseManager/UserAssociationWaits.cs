using AwsIdentity.Aws.LicenseManagerUserSubscriptions;
using AwsIdentity.Aws.LicenseManagerUserSubscriptions.Model;
using AwsIdentity.Core.Waiting;

namespace AwsIdentity.Core.Resources.LicenseManager;

/// <summary>Status functions for association waits (statuses: ASSOCIATING, ASSOCIATED, DISASSOCIATING, DISASSOCIATED).</summary>
internal static class UserAssociationWaits
{
    public static readonly LmusStatuses<InstanceUserSummary> Statuses = new(s => s.Status, s => s.StatusMessage,
        Done: ["ASSOCIATED"], Starting: "ASSOCIATING", Stopping: "DISASSOCIATING",
        Removed: ["DISASSOCIATED", "DISASSOCIATING"], Gone: ["DISASSOCIATED"],
        RemovedReason: "the association was removed while it was being created");

    public static Task<Observation<InstanceUserSummary>> ObserveAssociated(IAmazonLicenseManagerUserSubscriptions lmus,
        string instanceId, IdentityProvider idp, string username, string? domain, CancellationToken ct) =>
        ObserveAssociated(c => AssociationLookup.FindFresh(lmus, instanceId, idp, username, domain, c), ct);

    public static Task<Observation<InstanceUserSummary>> ObserveAssociated(
        Func<CancellationToken, Task<InstanceUserSummary?>> find, CancellationToken ct) => LmusWaits.ObserveDone(Statuses, find, ct);

    public static Task<Observation<bool>> ObserveGone(Func<CancellationToken, Task<InstanceUserSummary?>> find, CancellationToken ct) =>
        LmusWaits.ObserveGone(Statuses, find, ct);
}
