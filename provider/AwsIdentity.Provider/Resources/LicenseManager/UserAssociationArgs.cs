using System.Text.RegularExpressions;
using AwsIdentity.Provider.Model;

namespace AwsIdentity.Provider.Resources.LicenseManager;

public sealed partial record ActiveDirectoryIdentityProviderArgs
{
    public string DirectoryId { get; init; } = "";
    public ActiveDirectorySettingsArgs? ActiveDirectorySettings { get; init; }
    public string? ActiveDirectoryType { get; init; }
    public bool? IsSharedActiveDirectory { get; init; }

    // botocore model, shape Directory: "(d|sd)-[0-9a-f]{10}" (sd- for directories shared from another account).
    [GeneratedRegex("^(d|sd)-[0-9a-f]{10}$", RegexOptions.CultureInvariant)]
    private static partial Regex DirectoryPattern();

    public static readonly RecordShape<ActiveDirectoryIdentityProviderArgs> Shape = new RecordShape<ActiveDirectoryIdentityProviderArgs>(
            "awsidentity:licensemanager:ActiveDirectoryIdentityProvider", "An Active Directory that License Manager uses as identity provider.")
        .Property("directoryId", Kinds.String.Where(s => DirectoryPattern().IsMatch(s) ? null : $"must be a directory id: \"d-\" and 10 hex digits such as d-1234567890 (\"sd-\" for a shared directory), got \"{s}\""),
            r => r.DirectoryId, (r, v) => r with { DirectoryId = v },
            "Id of the AWS Directory Service directory.", required: true, replaceOnChanges: true)
        .Property("activeDirectorySettings", ActiveDirectorySettingsArgs.Shape, r => r.ActiveDirectorySettings, (r, v) => r with { ActiveDirectorySettings = v },
            "Settings of a self-managed Active Directory.", replaceOnChanges: true)
        .Property("activeDirectoryType", Kinds.OneOf("SELF_MANAGED", "AWS_MANAGED"), r => r.ActiveDirectoryType, (r, v) => r with { ActiveDirectoryType = v },
            "SELF_MANAGED or AWS_MANAGED.", replaceOnChanges: true)
        .Property("isSharedActiveDirectory", Kinds.Bool, r => r.IsSharedActiveDirectory, (r, v) => r with { IsSharedActiveDirectory = v },
            "Whether the directory is shared from another AWS account.", replaceOnChanges: true);
}

public sealed record IdentityProviderArgs
{
    public ActiveDirectoryIdentityProviderArgs? ActiveDirectoryIdentityProvider { get; init; }

    // A union in the AWS model: exactly one member must be set. It has one member today.
    public static readonly RecordShape<IdentityProviderArgs> Shape = new RecordShape<IdentityProviderArgs>(
            "awsidentity:licensemanager:IdentityProvider", "The identity provider of a user subscription; exactly one kind is set.")
        .Property("activeDirectoryIdentityProvider", ActiveDirectoryIdentityProviderArgs.Shape,
            r => r.ActiveDirectoryIdentityProvider, (r, v) => r with { ActiveDirectoryIdentityProvider = v },
            "An Active Directory identity provider.", required: true, replaceOnChanges: true);
}

/// <summary>Inputs of awsidentity:licensemanager:UserAssociation.</summary>
public sealed record UserAssociationArgs
{
    public string Username { get; init; } = "";
    public string InstanceId { get; init; } = "";
    public IdentityProviderArgs IdentityProvider { get; init; } = new();
    public string? Domain { get; init; }
    public IReadOnlyDictionary<string, string>? Tags { get; init; }

    public static readonly RecordShape<UserAssociationArgs> Shape = new RecordShape<UserAssociationArgs>(
            UserAssociationState.Token, "Inputs of a License Manager user association.")
        .Property("username", Kinds.Text(1, 256).Where(s => s.Contains(':') ? "must not contain ':' (it separates the parts of the resource id)" : null),
            r => r.Username, (r, v) => r with { Username = v },
            "Active Directory user name to associate with the instance.", required: true, replaceOnChanges: true)
        .Property("instanceId", Kinds.String.Where(InstanceIdRule), r => r.InstanceId, (r, v) => r with { InstanceId = v },
            "Id of the EC2 instance that runs the user-subscription products.", required: true, replaceOnChanges: true)
        .Property("identityProvider", IdentityProviderArgs.Shape, r => r.IdentityProvider, (r, v) => r with { IdentityProvider = v },
            "The identity provider the user comes from.", required: true, replaceOnChanges: true)
        .Property("domain", Kinds.String.Where(DnsName.Rule), r => r.Domain, (r, v) => r with { Domain = v },
            "Domain of the user, when the directory serves more than one.", replaceOnChanges: true)
        .Property("tags", CommonKinds.Tags, r => r.Tags, (r, v) => r with { Tags = v },
            "Tags of the association; changed in place. Merged over the provider's defaultTags.");

    /// <summary>EC2 instance ids: "i-" and 8 (older) or 17 hex digits.</summary>
    internal static string? InstanceIdRule(string s) =>
        s.StartsWith("i-", StringComparison.Ordinal) && s.Length is 10 or 19 && s.Skip(2).All(char.IsAsciiHexDigitLower)
            ? null
            : $"must be an EC2 instance id: \"i-\" and 8 or 17 lower-case hex digits, such as i-0123456789abcdef0, got \"{s}\"";
}
