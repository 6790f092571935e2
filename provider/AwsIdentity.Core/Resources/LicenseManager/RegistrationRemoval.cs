using AwsIdentity.Aws.LicenseManagerUserSubscriptions;
using AwsIdentity.Aws.LicenseManagerUserSubscriptions.Model;

namespace AwsIdentity.Core.Resources.LicenseManager;

/// <summary>
/// Deletes a registration: DeregisterIdentityProvider, then a wait until it is no longer listed (or listed as
/// DEREGISTERED). A registration AWS does not know is already gone.
/// </summary>
internal sealed class RegistrationRemoval(RegistrationLookup lookup, OperationContext context)
{
    public Task RunAsync(IdentityProviderRegistrationId id, IdentityProviderRegistrationArgs? args, string action)
    {
        var lmus = context.Aws.Lmus;
        // A partial create's state may hold no identity provider: the directory id says which.
        var idp = UserAssociationMapping.ExpandOrDirectory(args?.IdentityProvider, id.DirectoryId);
        lookup.Invalidate(lmus);
        // AWS requires a directory's users to be unsubscribed before it is deregistered: the subscriptions that still
        // hold the product say whether a conflict is that refusal (LmusRefusal.cs).
        return LmusLifecycle.RemoveAsync(context, action, c => LmusRefusal.RemoveAsync(
                c2 => lmus.DeregisterIdentityProviderAsync(new() { IdentityProvider = idp, Product = id.Product }, c2),
                c2 => StillSubscribedAsync(lmus, idp, id.Product, c2), users => Refusal(id, users), c),
            $"directory {id.DirectoryId} to be {RegistrationStatus.Deregistered} for {id.Product}",
            c => LmusWaits.ObserveGone(c2 => lookup.FindForWait(lmus, id, c2), RegistrationStatus.Report, RegistrationStatus.Lifecycle, c),
            () => lookup.Waiting(lmus));
    }

    private static async Task<List<string>> StillSubscribedAsync(IAmazonLicenseManagerUserSubscriptions lmus, IdentityProvider idp, string product,
        CancellationToken ct)
    {
        var users = new List<string>();
        var request = new ListProductSubscriptionsRequest { IdentityProvider = idp, Product = product, MaxResults = 50 };
        await foreach (var s in new ListProductSubscriptionsPaginator(lmus, request).ProductUserSummaries.WithCancellation(ct).ConfigureAwait(false))
            if (ProductSubscriptionStatus.Lifecycle.IsHeld(s.Status))
                users.Add(s.Domain is null ? s.Username ?? "" : $"{s.Username}@{s.Domain}");
        return users;
    }

    private static string Refusal(IdentityProviderRegistrationId id, List<string> users) =>
        $"License Manager refuses to deregister directory {id.DirectoryId} from {id.Product} while users are subscribed to it: " +
        $"{users.Count} still {(users.Count == 1 ? "is" : "are")} ({LmusRefusal.Names(users)}). " +
        "Stop their product subscriptions first (destroy the ProductSubscription resources of this directory and product, or " +
        "`aws license-manager-user-subscriptions stop-product-subscription`), then delete this registration again";
}
