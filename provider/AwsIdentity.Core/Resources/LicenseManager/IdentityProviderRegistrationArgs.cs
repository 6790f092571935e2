using AwsIdentity.Core.Model;

namespace AwsIdentity.Core.Resources.LicenseManager;

/// <summary>Inputs of awsidentity:licensemanager:IdentityProviderRegistration.</summary>
public sealed record IdentityProviderRegistrationArgs
{
    public IdentityProviderArgs IdentityProvider { get; init; } = new();
    public string Product { get; init; } = "";
    public SettingsArgs? Settings { get; init; }
    public IReadOnlyDictionary<string, string>? Tags { get; init; }

    /// <summary>
    /// Products named in the License Manager User Subscriptions API reference (boto/botocore
    /// botocore/data/license-manager-user-subscriptions/2018-05-10/service-2.json documents Product as a free string and
    /// lists these). The model has no enum, so other names pass: AWS may add products before this provider knows them.
    /// </summary>
    public static readonly IReadOnlyList<string> KnownProducts =
        ["VISUAL_STUDIO_ENTERPRISE", "VISUAL_STUDIO_PROFESSIONAL", "OFFICE_PROFESSIONAL_PLUS", "REMOTE_DESKTOP_SERVICES"];

    /// <summary>A product name: not empty, and without ':' (it is a part of the resource id).</summary>
    internal static string? ProductRule(string s) => s.Length == 0 ? "must not be empty" : ImportId.PartRule(s);

    public static readonly RecordShape<IdentityProviderRegistrationArgs> Shape = new RecordShape<IdentityProviderRegistrationArgs>(
            IdentityProviderRegistrationState.Token, "Inputs of a License Manager identity provider registration.")
        .Property("identityProvider", IdentityProviderArgs.Shape, r => r.IdentityProvider, (r, v) => r with { IdentityProvider = v },
            "The directory to register.", required: true, replaceOnChanges: true)
        .Property("product", Kinds.String.Where(ProductRule), r => r.Product, (r, v) => r with { Product = v },
            $"User-based subscription product to register the directory for, such as {string.Join(", ", KnownProducts)}.",
            required: true, replaceOnChanges: true)
        .Property("settings", SettingsArgs.Shape, r => r.Settings, (r, v) => r with { Settings = v },
            "VPC endpoint settings of the product; changed in place. When left out, the settings AWS chose are kept.", computed: true)
        .Property("tags", CommonKinds.Tags, r => r.Tags, (r, v) => r with { Tags = v },
            "Tags of the registration; changed in place. Merged over the provider's defaultTags.");
}
