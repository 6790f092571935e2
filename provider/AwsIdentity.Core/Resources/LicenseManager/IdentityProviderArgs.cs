using System.Text.RegularExpressions;
using AwsIdentity.Core.Model;

namespace AwsIdentity.Core.Resources.LicenseManager;

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
