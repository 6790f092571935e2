using AwsIdentity.Aws.LicenseManagerUserSubscriptions.Model;

namespace AwsIdentity.Core.Resources.LicenseManager;

/// <summary>Expanders (our records → LMUS shapes) and flatteners (LMUS shapes → our records).</summary>
internal static class UserAssociationMapping
{
    public static IdentityProvider Expand(IdentityProviderArgs args) => new()
    {
        ActiveDirectoryIdentityProvider = args.ActiveDirectoryIdentityProvider is { } ad ? new ActiveDirectoryIdentityProvider
        {
            DirectoryId = ad.DirectoryId,
            ActiveDirectoryType = ad.ActiveDirectoryType,
            IsSharedActiveDirectory = ad.IsSharedActiveDirectory,
            ActiveDirectorySettings = ad.ActiveDirectorySettings is { } s ? new ActiveDirectorySettings
            {
                DomainName = s.DomainName,
                DomainIpv4List = s.DomainIpv4List?.ToList(),
                DomainIpv6List = s.DomainIpv6List?.ToList(),
                DomainCredentialsProvider = s.DomainCredentialsProvider?.SecretsManagerCredentialsProvider is { } sm
                    ? new CredentialsProvider { SecretsManagerCredentialsProvider = new SecretsManagerCredentialsProvider { SecretId = sm.SecretId } }
                    : null,
                DomainNetworkSettings = s.DomainNetworkSettings is { } n ? new DomainNetworkSettings { Subnets = n.Subnets.ToList() } : null,
            } : null,
        } : null,
    };

    /// <summary>Just enough of the identity provider to list a directory's associations (import knows only the id).</summary>
    public static IdentityProvider ForDirectory(string directoryId) =>
        new() { ActiveDirectoryIdentityProvider = new ActiveDirectoryIdentityProvider { DirectoryId = directoryId } };

    /// <summary>The identity provider a stored state gives, else the directory of the id (a partial create may hold less).</summary>
    public static IdentityProvider ExpandOrDirectory(IdentityProviderArgs? args, string directoryId) =>
        args?.ActiveDirectoryIdentityProvider is not null ? Expand(args) : ForDirectory(directoryId);

    public static IdentityProviderArgs Flatten(IdentityProvider? live, string directoryId)
    {
        var ad = live?.ActiveDirectoryIdentityProvider;
        var s = ad?.ActiveDirectorySettings;
        return new IdentityProviderArgs
        {
            ActiveDirectoryIdentityProvider = new ActiveDirectoryIdentityProviderArgs
            {
                DirectoryId = ad?.DirectoryId ?? directoryId,
                ActiveDirectoryType = ad?.ActiveDirectoryType,
                IsSharedActiveDirectory = ad?.IsSharedActiveDirectory,
                ActiveDirectorySettings = s is null ? null : new ActiveDirectorySettingsArgs
                {
                    DomainName = s.DomainName,
                    DomainIpv4List = s.DomainIpv4List is { Count: > 0 } v4 ? v4 : null,
                    DomainIpv6List = s.DomainIpv6List is { Count: > 0 } v6 ? v6 : null,
                    DomainCredentialsProvider = s.DomainCredentialsProvider?.SecretsManagerCredentialsProvider is { } sm
                        ? new CredentialsProviderArgs { SecretsManagerCredentialsProvider = new SecretsManagerCredentialsProviderArgs { SecretId = sm.SecretId } }
                        : null,
                    DomainNetworkSettings = s.DomainNetworkSettings?.Subnets is { Count: > 0 } subnets
                        ? new DomainNetworkSettingsArgs { Subnets = subnets }
                        : null,
                },
            },
        };
    }

    /// <summary>The association of this user and domain, one listed without a domain first when none is given (LmusNames.cs).</summary>
    public static InstanceUserSummary? Pick(IEnumerable<InstanceUserSummary> items, string username, string? domain) =>
        LmusNames.Pick(items, s => s.Username, s => s.Domain, username, domain);
}
