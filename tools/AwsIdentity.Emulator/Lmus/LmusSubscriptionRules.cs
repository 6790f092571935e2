using AwsIdentity.Emulator.State;
using AwsIdentity.Emulator.Wire;

namespace AwsIdentity.Emulator.Lmus;

/// <summary>
/// The order between registrations, subscriptions and associations (AWS License Manager user guide, Get started with
/// user-based subscriptions; Unsubscribe users; Deregister an Active Directory): a user is subscribed before being
/// associated, disassociated before being unsubscribed, and a directory is deregistered only once it has no users.
/// The guide names no error for a broken order; the emulator answers ConflictException (the emulator's reading of the
/// docs, tools/AwsIdentity.Emulator/README.md).
/// </summary>
public static class LmusSubscriptionRules
{
    /// <summary>A subscription that holds the product: not stopped and not failed.</summary>
    public static bool IsLive(SubscriptionRecord s) => s.Status != LmusStatus.Stopped && !LmusStatus.IsFailure(s.Status);

    /// <summary>AssociateUser needs the user to hold a SUBSCRIBED subscription to a product the directory is registered
    /// for, when one of the directory's registrations requires it (every registration made through the API; seeded
    /// ones only when asked). A missing domain on either side matches any.</summary>
    public static void CheckSubscribed(StateData state, string directoryId, string username, string? domain)
    {
        var registrations = state.IdentityProviders
            .Where(p => p.DirectoryId == directoryId && p.Status == LmusStatus.Registered).ToList();
        if (!registrations.Any(p => p.RequiresSubscription))
        {
            return;
        }

        var products = registrations.Select(p => p.Product).ToHashSet(StringComparer.Ordinal);
        var subscribed = state.Subscriptions.Any(s => s.DirectoryId == directoryId && products.Contains(s.Product) &&
            s.Status == LmusStatus.Subscribed && LmusUsers.Same(s.Username, s.Domain ?? domain, username, domain ?? s.Domain));
        if (!subscribed)
        {
            throw Errors.Lmus("ConflictException",
                $"User {username} has no active product subscription on identity provider {directoryId} " +
                $"(registered for {string.Join(", ", products.Order(StringComparer.Ordinal))}); start one with StartProductSubscription first.");
        }
    }

    /// <summary>StopProductSubscription is refused while the user is still associated with an instance through the
    /// directory (REMOTE_DESKTOP_SERVICES has no instance associations).</summary>
    public static void CheckNotAssociated(StateData state, SubscriptionRecord subscription)
    {
        if (subscription.Product != "REMOTE_DESKTOP_SERVICES" &&
            Associated(state, subscription.DirectoryId, subscription.Username, subscription.Domain).Any())
        {
            throw Errors.Lmus("ConflictException",
                $"User {subscription.Username} is still associated with instances through identity provider {subscription.DirectoryId}; " +
                "disassociate the user from every instance before stopping the product subscription.");
        }
    }

    /// <summary>DeregisterIdentityProvider is refused while users of the directory still hold a subscription to the
    /// registration's product, or are associated with instances.</summary>
    public static void CheckNoUsers(StateData state, IdentityProviderRecord registration)
    {
        var subscribed = state.Subscriptions
            .Where(s => s.DirectoryId == registration.DirectoryId && s.Product == registration.Product && IsLive(s))
            .Select(s => s.Username).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var associated = Associated(state, registration.DirectoryId, null, null)
            .Select(a => a.Username).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var reasons = new List<string>();
        if (subscribed.Count > 0)
        {
            reasons.Add($"subscribed users for product {registration.Product} ({string.Join(", ", subscribed)})");
        }

        if (associated.Count > 0)
        {
            reasons.Add($"users associated with instances ({string.Join(", ", associated)})");
        }

        if (reasons.Count > 0)
        {
            throw Errors.Lmus("ConflictException",
                $"Identity provider {registration.DirectoryId} still has {string.Join(" and ", reasons)}; " +
                "disassociate the users and stop their product subscriptions before deregistering.");
        }
    }

    /// <summary>The live associations of a directory (of one user when <paramref name="username"/> is given; a missing
    /// domain on either side matches any).</summary>
    private static IEnumerable<AssociationRecord> Associated(StateData state, string directoryId, string? username, string? domain) =>
        state.Associations.Where(a => a.DirectoryId == directoryId && !LmusAssociationOps.IsFinished(a) &&
            (username is null || LmusUsers.Same(a.Username, a.Domain ?? domain, username, domain ?? a.Domain)));
}
