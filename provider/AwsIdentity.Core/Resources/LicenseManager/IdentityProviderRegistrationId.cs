namespace AwsIdentity.Core.Resources.LicenseManager;

/// <summary>The resource id and import id, of the form IdentityProviderRegistrationModel.cs declares.</summary>
public readonly record struct IdentityProviderRegistrationId(string DirectoryId, string Product)
{
    public override string ToString() => $"{DirectoryId}:{Product}";

    public static IdentityProviderRegistrationId Parse(string id)
    {
        var model = IdentityProviderRegistrationModel.Resource;
        var parts = model.Id.Split(id) ?? throw model.InvalidId(id);
        return new IdentityProviderRegistrationId(parts[0], parts[1]);
    }

    public static IdentityProviderRegistrationId Of(IdentityProviderRegistrationArgs args) =>
        new(args.IdentityProvider.ActiveDirectoryIdentityProvider?.DirectoryId ?? "", args.Product);
}
