using AwsIdentity.Aws.LicenseManagerUserSubscriptions;
using AwsIdentity.Aws.LicenseManagerUserSubscriptions.Model;

namespace AwsIdentity.Core.Resources.LicenseManager;

/// <summary>What a create does with the subscription StartProductSubscription's ConflictException points at (Ownership.cs).</summary>
internal static class ProductSubscriptionAdoption
{
    /// <summary>
    /// The subscription when an earlier attempt of this resource started it (subscribed or subscribing, with this
    /// resource's marker); null when the user has none in those states (the conflict is another change in flight,
    /// such as a stop: StartProductSubscription is tried again). Throws when it belongs to someone else, or to no
    /// resource (under Terraform, which gives creates no marker, always: with the `terraform import` advice).
    /// </summary>
    public static async Task<ProductUserSummary?> FindOwnAsync(IAmazonLicenseManagerUserSubscriptions lmus, ProductSubscriptionId id,
        IdentityProvider idp, CreateOptions request, CancellationToken ct)
    {
        var existing = await SubscriptionLookup.FindFresh(lmus, idp, id, ct).ConfigureAwait(false);
        if (existing is null || !ProductSubscriptionStatus.Lifecycle.IsLive(existing.Status)) return null;
        await LmusTags.IsOwnAsync(lmus, existing.ProductUserArn, request,
            $"the {existing.Product ?? id.Product} subscription {existing.ProductUserArn} of user {existing.Username} ({existing.Status})",
            id.ToString(), ct).ConfigureAwait(false);
        return existing;
    }
}
