using AwsIdentity.Aws.LicenseManagerUserSubscriptions;
using AwsIdentity.Aws.LicenseManagerUserSubscriptions.Model;
using AwsIdentity.Core.Waiting;

namespace AwsIdentity.Core.Resources.LicenseManager;

/// <summary>Association waits (LmusWaits.cs) with the association's statuses.</summary>
internal static class UserAssociationWaits
{
    public static readonly LmusStatuses Statuses = new("association", "ASSOCIATING", "ASSOCIATED", "DISASSOCIATING", "DISASSOCIATED");

    public static Task<Observation<InstanceUserSummary>> ObserveAssociated(IAmazonLicenseManagerUserSubscriptions lmus,
        string instanceId, IdentityProvider idp, string username, string? domain, CancellationToken ct) =>
        ObserveAssociated(c => AssociationLookup.FindFresh(lmus, instanceId, idp, username, domain, c), ct);

    public static Task<Observation<InstanceUserSummary>> ObserveAssociated(Func<CancellationToken, Task<InstanceUserSummary?>> find, CancellationToken ct) =>
        LmusWaits.ObserveReady(find, Report, Statuses, ct);

    public static Task<Observation<bool>> ObserveGone(Func<CancellationToken, Task<InstanceUserSummary?>> find, CancellationToken ct) =>
        LmusWaits.ObserveGone(find, Report, Statuses, ct);

    private static (string?, string?) Report(InstanceUserSummary s) => (s.Status, s.StatusMessage);
}
