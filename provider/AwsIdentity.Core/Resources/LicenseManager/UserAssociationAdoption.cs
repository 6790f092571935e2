using AwsIdentity.Aws.LicenseManagerUserSubscriptions;
using AwsIdentity.Aws.LicenseManagerUserSubscriptions.Model;

namespace AwsIdentity.Core.Resources.LicenseManager;

/// <summary>What a create does with the association AssociateUser's ConflictException points at (Ownership.cs).</summary>
internal static class UserAssociationAdoption
{
    /// <summary>
    /// The association when an earlier attempt of this resource made it (ASSOCIATED or ASSOCIATING, with this
    /// resource's marker); null when the user has none in those states (the conflict is another change in flight,
    /// such as a disassociation: AssociateUser is tried again). Throws when it belongs to someone else.
    /// </summary>
    public static async Task<InstanceUserSummary?> FindOwnAsync(IAmazonLicenseManagerUserSubscriptions lmus, UserAssociationArgs args,
        IdentityProvider idp, CreateOptions request, CancellationToken ct)
    {
        var existing = await AssociationLookup.FindFresh(lmus, args.InstanceId, idp, args.Username, args.Domain, ct).ConfigureAwait(false);
        if (existing is null || !(LmusErrors.Is(existing.Status, "ASSOCIATED") || LmusErrors.Is(existing.Status, "ASSOCIATING"))) return null;
        await LmusTags.IsOwnAsync(lmus, existing.InstanceUserArn, request,
            $"the association {existing.InstanceUserArn} of user {existing.Username} ({existing.Status})", UserAssociationId.Of(args).ToString(), ct)
            .ConfigureAwait(false);
        return existing;
    }
}
