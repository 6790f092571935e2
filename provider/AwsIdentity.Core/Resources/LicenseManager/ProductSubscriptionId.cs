namespace AwsIdentity.Core.Resources.LicenseManager;

/// <summary>
/// The resource id and import id, of the form ProductSubscriptionModel.cs declares: ":&lt;domain&gt;" follows only
/// when a domain is set.
/// </summary>
public readonly record struct ProductSubscriptionId(string DirectoryId, string Product, string Username, string? Domain)
{
    public override string ToString() =>
        Domain is null ? $"{DirectoryId}:{Product}:{Username}" : $"{DirectoryId}:{Product}:{Username}:{Domain}";

    public static ProductSubscriptionId Parse(string id)
    {
        var model = ProductSubscriptionModel.Resource;
        var parts = model.Id.Split(id) ?? throw model.InvalidId(id);
        return new ProductSubscriptionId(parts[0], parts[1], parts[2], parts.Length == 4 ? parts[3] : null);
    }

    public static ProductSubscriptionId Of(ProductSubscriptionArgs args) => new(
        args.IdentityProvider.ActiveDirectoryIdentityProvider?.DirectoryId ?? "", args.Product, args.Username, args.Domain);
}
