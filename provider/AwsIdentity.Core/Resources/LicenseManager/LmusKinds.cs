using AwsIdentity.Core.Model;

namespace AwsIdentity.Core.Resources.LicenseManager;

/// <summary>
/// Input kinds that more than one License Manager User Subscriptions resource takes. Values that are parts of a
/// resource id must not hold ':', which separates the parts (Model/ImportId.cs).
/// </summary>
internal static class LmusKinds
{
    /// <summary>An Active Directory user name (botocore model: a String; 1 to 256 characters, our limit).</summary>
    public static readonly Kind<string> Username = Kinds.Text(1, 256).Where(ImportId.PartRule);

    /// <summary>A user's domain: a DNS name.</summary>
    public static readonly Kind<string> Domain = Kinds.String.Where(DnsName.Rule);

    /// <summary>
    /// A user-based subscription product. The botocore model types it as a plain String; the API reference
    /// (License Manager User Subscriptions API Reference, StartProductSubscription) lists VISUAL_STUDIO_ENTERPRISE,
    /// VISUAL_STUDIO_PROFESSIONAL, OFFICE_PROFESSIONAL_PLUS and REMOTE_DESKTOP_SERVICES, a list that has grown, so
    /// any other name is left for AWS to judge.
    /// </summary>
    public static readonly Kind<string> Product = Kinds.Text(1, 256).Where(ImportId.PartRule);

    public const string ProductDescription =
        "The user-based subscription product, such as VISUAL_STUDIO_ENTERPRISE, VISUAL_STUDIO_PROFESSIONAL, OFFICE_PROFESSIONAL_PLUS or REMOTE_DESKTOP_SERVICES.";
}
