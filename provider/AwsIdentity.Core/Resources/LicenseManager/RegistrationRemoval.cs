using AwsIdentity.Aws.LicenseManagerUserSubscriptions;
using AwsIdentity.Aws.LicenseManagerUserSubscriptions.Model;

namespace AwsIdentity.Core.Resources.LicenseManager;

/// <summary>
/// Deletes a registration: DeregisterIdentityProvider, then a wait until it is no longer listed (or listed as
/// DEREGISTERED). A registration AWS does not know is already gone.
/// </summary>
internal sealed class RegistrationRemoval(RegistrationLookup lookup, OperationContext context)
{
    /// <summary>How many subscribed users a refusal names.</summary>
    private const int NamedUsers = 5;

    public Task RunAsync(IdentityProviderRegistrationId id, IdentityProviderRegistrationArgs? args, string action)
    {
        var lmus = context.Aws.Lmus;
        // A partial create's state may hold no identity provider: the directory id says which.
        var idp = UserAssociationMapping.ExpandOrDirectory(args?.IdentityProvider, id.DirectoryId);
        lookup.Invalidate(lmus);
        return LmusLifecycle.RemoveAsync(context, action, async c =>
            {
                try
                {
                    await lmus.DeregisterIdentityProviderAsync(new() { IdentityProvider = idp, Product = id.Product }, c).ConfigureAwait(false);
                }
                catch (ConflictException e)
                {
                    // AWS requires a directory's users to be unsubscribed before it is deregistered (AWS License Manager
                    // user guide, Deregister an Active Directory from License Manager settings). No document gives the
                    // error, so the subscriptions themselves say whether that is the conflict; otherwise (or when they
                    // cannot be listed) it is a change in flight, and the Retrier asks again.
                    List<string> users;
                    try
                    {
                        users = await StillSubscribedAsync(lmus, idp, id.Product, c).ConfigureAwait(false);
                    }
                    catch (Exception check) when (check is not OperationCanceledException)
                    {
                        users = [];
                    }
                    if (users.Count > 0) throw new InvalidOperationException(Refusal(id, users), e);
                    throw;
                }
            },
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
            if (StillHolds(s.Status))
                users.Add(s.Domain is null ? s.Username ?? "" : $"{s.Username}@{s.Domain}");
        return users;
    }

    /// <summary>Whether a listed subscription still holds the product (ProductSubscriptionStatus.cs): neither stopped,
    /// nor stopping, nor failed. Only such users make waiting useless.</summary>
    private static bool StillHolds(string? status) =>
        !ProductSubscriptionStatus.Lifecycle.IsGone(status) && !LmusErrors.Is(status, ProductSubscriptionStatus.Stopping) && !LmusErrors.IsFailure(status);

    private static string Refusal(IdentityProviderRegistrationId id, List<string> users) =>
        $"License Manager refuses to deregister directory {id.DirectoryId} from {id.Product} while users are subscribed to it: " +
        $"{users.Count} still {(users.Count == 1 ? "is" : "are")} ({string.Join(", ", users.Take(NamedUsers))}{(users.Count > NamedUsers ? ", …" : "")}). " +
        "Stop their product subscriptions first (destroy the ProductSubscription resources of this directory and product, or " +
        "`aws license-manager-user-subscriptions stop-product-subscription`), then delete this registration again";
}
