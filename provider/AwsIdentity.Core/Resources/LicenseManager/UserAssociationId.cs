namespace AwsIdentity.Core.Resources.LicenseManager;

/// <summary>
/// The resource id and import id: "&lt;instanceId&gt;:&lt;directoryId&gt;:&lt;username&gt;" with ":&lt;domain&gt;" when a
/// domain is set. Neither AD user names nor DNS names may contain ':', so the parts split unambiguously.
/// </summary>
public readonly record struct UserAssociationId(string InstanceId, string DirectoryId, string Username, string? Domain)
{
    public override string ToString() =>
        Domain is null ? $"{InstanceId}:{DirectoryId}:{Username}" : $"{InstanceId}:{DirectoryId}:{Username}:{Domain}";

    public static UserAssociationId Parse(string id)
    {
        var parts = id.Split(':');
        if (parts.Length is < 3 or > 4 || parts.Any(p => p.Length == 0))
            throw new ArgumentException(
                $"invalid id \"{id}\" for {UserAssociationState.Token}: expected \"<instanceId>:<directoryId>:<username>\" or " +
                "\"<instanceId>:<directoryId>:<username>:<domain>\", for example \"i-0123456789abcdef0:d-1234567890:alice:corp.example.com\"");
        return new UserAssociationId(parts[0], parts[1], parts[2], parts.Length == 4 ? parts[3] : null);
    }

    public static UserAssociationId Of(UserAssociationArgs args) => new(args.InstanceId,
        args.IdentityProvider.ActiveDirectoryIdentityProvider?.DirectoryId ?? "", args.Username, args.Domain);
}
