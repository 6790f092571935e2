using AwsIdentity.Core.Model;

namespace AwsIdentity.Core.Resources.LicenseManager;

/// <summary>Inputs of awsidentity:licensemanager:IdentityProviderRegistration.</summary>
public sealed record IdentityProviderRegistrationArgs
{
    public IdentityProviderArgs IdentityProvider { get; init; } = new();
    public string Product { get; init; } = "";
    public SettingsArgs? Settings { get; init; }
    public IReadOnlyDictionary<string, string>? Tags { get; init; }

    public static readonly RecordShape<IdentityProviderRegistrationArgs> Shape = new RecordShape<IdentityProviderRegistrationArgs>(
            IdentityProviderRegistrationState.Token, "Inputs of a License Manager identity provider registration.")
        .Property("identityProvider", IdentityProviderArgs.Shape, r => r.IdentityProvider, (r, v) => r with { IdentityProvider = v },
            "The directory to register.", required: true, replaceOnChanges: true)
        .Property("product", LmusKinds.Product, r => r.Product, (r, v) => r with { Product = v }, LmusKinds.ProductDescription,
            required: true, replaceOnChanges: true)
        .Property("settings", SettingsArgs.Shape, r => r.Settings, (r, v) => r with { Settings = v },
            "VPC endpoint settings of the product; changed in place. When left out, the settings AWS chose are kept.", computed: true)
        .Property("tags", CommonKinds.Tags, r => r.Tags, (r, v) => r with { Tags = v },
            "Tags of the registration; changed in place. Merged over the provider's defaultTags.");
}
