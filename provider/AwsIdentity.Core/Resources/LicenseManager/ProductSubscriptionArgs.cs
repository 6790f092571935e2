using AwsIdentity.Core.Model;

namespace AwsIdentity.Core.Resources.LicenseManager;

/// <summary>Inputs of awsidentity:licensemanager:ProductSubscription (StartProductSubscriptionRequest, botocore model).</summary>
public sealed record ProductSubscriptionArgs
{
    public string Username { get; init; } = "";
    public IdentityProviderArgs IdentityProvider { get; init; } = new();
    public string Product { get; init; } = "";
    public string? Domain { get; init; }
    public IReadOnlyDictionary<string, string>? Tags { get; init; }

    public static readonly RecordShape<ProductSubscriptionArgs> Shape = new RecordShape<ProductSubscriptionArgs>(
            ProductSubscriptionState.Token, "Inputs of a License Manager product subscription.")
        .Property("username", LmusKinds.Username, r => r.Username, (r, v) => r with { Username = v },
            "Active Directory user name to subscribe to the product.", required: true, replaceOnChanges: true)
        .Property("identityProvider", IdentityProviderArgs.Shape, r => r.IdentityProvider, (r, v) => r with { IdentityProvider = v },
            "The identity provider the user comes from, registered for the product.", required: true, replaceOnChanges: true)
        .Property("product", LmusKinds.Product, r => r.Product, (r, v) => r with { Product = v },
            LmusKinds.ProductDescription, required: true, replaceOnChanges: true)
        .Property("domain", LmusKinds.Domain, r => r.Domain, (r, v) => r with { Domain = v },
            "Domain of the user, when the directory serves more than one.", replaceOnChanges: true)
        .Property("tags", CommonKinds.Tags, r => r.Tags, (r, v) => r with { Tags = v },
            "Tags of the subscription; changed in place. Merged over the provider's defaultTags.");
}
