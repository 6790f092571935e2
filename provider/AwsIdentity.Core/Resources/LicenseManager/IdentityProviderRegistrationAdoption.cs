using AwsIdentity.Aws.LicenseManagerUserSubscriptions;
using AwsIdentity.Aws.LicenseManagerUserSubscriptions.Model;

namespace AwsIdentity.Core.Resources.LicenseManager;

/// <summary>What a create does with the registration RegisterIdentityProvider's ConflictException points at (Ownership.cs).</summary>
internal static class IdentityProviderRegistrationAdoption
{
    /// <summary>
    /// The registration when an earlier attempt of this resource made it (listed, not leaving, with this resource's
    /// marker); null when the directory has none for the product or its registration is on its way out (the conflict
    /// is a change in flight: RegisterIdentityProvider is tried again). Throws when it belongs to someone else. Under
    /// Terraform creates carry no marker (CreateOptions.Owner is null), so nothing is adopted and an unmarked
    /// registration is refused with its import command.
    /// </summary>
    public static async Task<IdentityProviderSummary?> FindOwnAsync(IAmazonLicenseManagerUserSubscriptions lmus, IdentityProviderRegistrationId id,
        CreateOptions request, CancellationToken ct)
    {
        var existing = await RegistrationLookup.FindFresh(lmus, id, ct).ConfigureAwait(false);
        if (existing is null || RegistrationStatus.IsLeaving(existing.Status)) return null;
        await LmusTags.IsOwnAsync(lmus, existing.IdentityProviderArn, request,
            $"the registration {existing.IdentityProviderArn} of directory {id.DirectoryId} for {id.Product} ({existing.Status})", id.ToString(), ct)
            .ConfigureAwait(false);
        return existing;
    }
}
