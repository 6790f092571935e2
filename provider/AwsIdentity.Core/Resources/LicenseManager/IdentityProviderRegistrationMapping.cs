using AwsIdentity.Aws.LicenseManagerUserSubscriptions.Model;

namespace AwsIdentity.Core.Resources.LicenseManager;

/// <summary>Registration settings between our records and the LMUS shapes, and which listed registration is which.</summary>
internal static class IdentityProviderRegistrationMapping
{
    public static Settings? Expand(SettingsArgs? args) =>
        args is null ? null : new Settings { Subnets = [.. args.Subnets], SecurityGroupId = args.SecurityGroupId };

    /// <summary>The settings AWS reports, subnets as a set. Null when AWS reports none or an incomplete object: the model
    /// requires both members, but AWS may answer a registration made without settings with an empty one (research note for
    /// issue 14: not documented either way).</summary>
    public static SettingsArgs? Flatten(Settings? live) =>
        live is not { Subnets.Count: > 0, SecurityGroupId.Length: > 0 } ? null : new SettingsArgs
        {
            Subnets = SettingsArgs.SubnetSet.Canonical(live.Subnets),
            SecurityGroupId = live.SecurityGroupId,
        };

    /// <summary>
    /// What UpdateIdentityProviderSettings must send to turn <paramref name="old"/> into <paramref name="wanted"/>: the
    /// subnets to add and remove (set differences, so order never matters) and the security group when it changed;
    /// null when nothing changes.
    /// </summary>
    public static UpdateSettings? Changes(SettingsArgs? old, SettingsArgs wanted)
    {
        var (added, removed) = SettingsArgs.SubnetSet.Changes(old?.Subnets, wanted.Subnets);
        var securityGroup = old?.SecurityGroupId == wanted.SecurityGroupId ? null : wanted.SecurityGroupId;
        return added.Count == 0 && removed.Count == 0 && securityGroup is null
            ? null
            : new UpdateSettings { AddSubnets = [.. added], RemoveSubnets = [.. removed], SecurityGroupId = securityGroup };
    }

    /// <summary>Whether a listed registration is the one of this directory and product.</summary>
    public static bool Matches(IdentityProviderSummary s, IdentityProviderRegistrationId id) =>
        s.IdentityProvider?.ActiveDirectoryIdentityProvider?.DirectoryId == id.DirectoryId && s.Product == id.Product;

    /// <summary>The registration of this directory and product in a listing: a live one before one listed as gone.</summary>
    public static IdentityProviderSummary? Pick(IEnumerable<IdentityProviderSummary> items, IdentityProviderRegistrationId id) =>
        items.Where(s => Matches(s, id)).OrderBy(s => RegistrationStatus.IsGone(s.Status) ? 1 : 0).FirstOrDefault();
}
