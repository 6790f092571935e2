using AwsIdentity.Aws.LicenseManagerUserSubscriptions.Model;
using AwsIdentity.Core.Model;

namespace AwsIdentity.Core.Resources.LicenseManager;

/// <summary>Outputs of awsidentity:licensemanager:ProductSubscription: the inputs plus what AWS reports.</summary>
public sealed record ProductSubscriptionState : ISettledState
{
    public const string Token = "awsidentity:licensemanager:ProductSubscription";

    public ProductSubscriptionArgs Args { get; init; } = new();
    public string? ProductUserArn { get; init; }
    public string? Status { get; init; }
    public string? StatusMessage { get; init; }
    public string? SubscriptionStartDate { get; init; }
    public string? SubscriptionEndDate { get; init; }
    public IReadOnlyDictionary<string, string>? TagsAll { get; init; }

    /// <summary>A create finished: the user is subscribed and the subscription's ARN known.</summary>
    public bool IsSettled => ProductUserArn is not null && ProductSubscriptionStatus.Lifecycle.IsReady(Status);

    /// <summary>The state of a subscription AWS listed (null: just requested, so still starting).</summary>
    public static ProductSubscriptionState Of(ProductSubscriptionArgs args, ProductUserSummary? live, IReadOnlyDictionary<string, string> tagsAll) => new()
    {
        Args = args,
        ProductUserArn = live?.ProductUserArn,
        Status = live?.Status ?? ProductSubscriptionStatus.Pending,
        StatusMessage = live?.StatusMessage,
        SubscriptionStartDate = live?.SubscriptionStartDate,
        SubscriptionEndDate = live?.SubscriptionEndDate,
        TagsAll = tagsAll,
    };

    public static readonly RecordShape<ProductSubscriptionState> Shape = new RecordShape<ProductSubscriptionState>(
            Token, "An Active Directory user subscribed to a License Manager user-based subscription product.")
        .Include(ProductSubscriptionArgs.Shape, s => s.Args, (s, a) => s with { Args = a })
        .Property("productUserArn", Kinds.String, s => s.ProductUserArn, (s, v) => s with { ProductUserArn = v },
            "ARN of the product user (the subscription).", required: true)
        .Property("status", Kinds.String, s => s.Status, (s, v) => s with { Status = v },
            $"Status AWS reports, such as {ProductSubscriptionStatus.Pending} or {ProductSubscriptionStatus.Subscribed}.", required: true)
        .Property("statusMessage", Kinds.String, s => s.StatusMessage, (s, v) => s with { StatusMessage = v },
            "Why the subscription is in its status, when AWS says.")
        .Property("subscriptionStartDate", Kinds.String, s => s.SubscriptionStartDate, (s, v) => s with { SubscriptionStartDate = v },
            "When the subscription started.")
        .Property("subscriptionEndDate", Kinds.String, s => s.SubscriptionEndDate, (s, v) => s with { SubscriptionEndDate = v },
            "When the subscription ended, if it did.")
        .Property("tagsAll", Kinds.MapOf(Kinds.String), s => s.TagsAll, (s, v) => s with { TagsAll = v },
            "All tags of the subscription: the provider's defaultTags merged with this resource's tags.", required: true);
}
