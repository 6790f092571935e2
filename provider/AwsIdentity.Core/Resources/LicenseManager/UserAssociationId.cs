namespace AwsIdentity.Core.Resources.LicenseManager;

/// <summary>
/// The resource id and import id, of the form UserAssociationModel.cs declares: ":&lt;domain&gt;" follows only when
/// a domain is set.
/// </summary>
public readonly record struct UserAssociationId(string InstanceId, string DirectoryId, string Username, string? Domain)
{
    public override string ToString() =>
        Domain is null ? $"{InstanceId}:{DirectoryId}:{Username}" : $"{InstanceId}:{DirectoryId}:{Username}:{Domain}";

    public static UserAssociationId Parse(string id)
    {
        var model = UserAssociationModel.Resource;
        var parts = model.Id.Split(id) ?? throw model.InvalidId(id);
        return new UserAssociationId(parts[0], parts[1], parts[2], parts.Length == 4 ? parts[3] : null);
    }

    public static UserAssociationId Of(UserAssociationArgs args) => new(args.InstanceId,
        args.IdentityProvider.ActiveDirectoryIdentityProvider?.DirectoryId ?? "", args.Username, args.Domain);
}
