using AwsIdentity.Core.Model;

namespace AwsIdentity.Core.Resources.LicenseManager;

/// <summary>awsidentity:licensemanager:ProductSubscription as every schema and document describes it.</summary>
public static class ProductSubscriptionModel
{
    public static readonly ResourceModel Resource = new()
    {
        Inputs = ProductSubscriptionArgs.Shape,
        Outputs = ProductSubscriptionState.Shape,
        DefaultTimeouts = ResourceTimeouts.All(TimeSpan.FromMinutes(20)),
        // The domain is a part only when set. No part may hold ':' (LmusKinds.cs); directory ids cannot.
        Id = new ImportId([new("directoryId"), new("product"), new("username"), new("domain", Optional: true)],
            "d-1234567890:VISUAL_STUDIO_PROFESSIONAL:alice", "d-1234567890:VISUAL_STUDIO_PROFESSIONAL:alice:corp.example.com"),
        Notes = $"""
            Everything but `tags` replaces the subscription, and a replacement always stops the old subscription
            first (AWS keeps one per user, product and directory). A replacement is a stop and a start, which AWS
            bills. User and domain names ignore case: a change of case alone is no change. The directory must be
            registered for the product first, and AWS stops a subscription only once the user is associated with no
            instance (AWS License Manager user guide, unsubscribe users): the user's UserAssociations go first. A stop
            AWS refuses while the user is still associated fails at once, naming the instances; an association that
            takes its identity provider from the subscription's outputs is deleted first by the engine, and an association
            kept through a replacement of the subscription must be replaced with it. The provider tags what it creates with
            `{Rules.OwnerTagKey}` and takes over only its own subscription; `tags` may hold {CommonKinds.MaxTags} tags. StartProductSubscription is
            asynchronous: the provider waits until the subscription is {ProductSubscriptionStatus.Subscribed}, and
            a subscription that is stopped but still listed reads as gone.
            """,
    };
}
