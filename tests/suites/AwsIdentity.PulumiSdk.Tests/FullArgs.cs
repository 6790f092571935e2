using AwsIdentity.Pulumi;
using AwsIdentity.Pulumi.Eks;
using AwsIdentity.Pulumi.Eks.Inputs;
using AwsIdentity.Pulumi.Inputs;
using AwsIdentity.Pulumi.LicenseManager;
using AwsIdentity.Pulumi.LicenseManager.Inputs;

namespace AwsIdentity.PulumiSdk.Tests;

/// <summary>Arguments that set every input the schema declares, nested ones included.</summary>
internal static class FullArgs
{
    public static IdentityProviderConfigArgs Oidc() => new()
    {
        ClusterName = "platform-eks",
        Oidc = new OidcIdentityProviderConfigArgs
        {
            IdentityProviderConfigName = "corp-sso",
            IssuerUrl = "https://sso.example.com",
            ClientId = "kubernetes",
            UsernameClaim = "email",
            UsernamePrefix = "oidc:",
            GroupsClaim = "groups",
            GroupsPrefix = "oidc:",
            RequiredClaims = { { "aud", "kubernetes" } },
        },
        Tags = { { "owner", "platform-team" } },
    };

    public static UserAssociationArgs User() => new()
    {
        Username = "alice",
        InstanceId = "i-0123456789abcdef0",
        IdentityProvider = Directory(),
        Domain = "corp.example.com",
        Tags = { { "owner", "platform-team" } },
    };

    public static ProductSubscriptionArgs Subscription() => new()
    {
        Username = "alice",
        IdentityProvider = Directory(),
        Product = "VISUAL_STUDIO_ENTERPRISE",
        Domain = "corp.example.com",
        Tags = { { "owner", "platform-team" } },
    };

    public static IdentityProviderRegistrationArgs Registration() => new()
    {
        IdentityProvider = Directory(),
        Product = "VISUAL_STUDIO_ENTERPRISE",
        Settings = new SettingsArgs { Subnets = { "subnet-0123456789abcdef0", "subnet-0fedcba9876543210" }, SecurityGroupId = "sg-0123456789abcdef0" },
        Tags = { { "owner", "platform-team" } },
    };

    /// <summary>A self-managed directory shared from another account: every identityProvider input, nested ones too.</summary>
    public static IdentityProviderArgs Directory() => new()
    {
        ActiveDirectoryIdentityProvider = new ActiveDirectoryIdentityProviderArgs
        {
            DirectoryId = "d-1234567890",
            ActiveDirectoryType = "SELF_MANAGED",
            IsSharedActiveDirectory = true,
            ActiveDirectorySettings = new ActiveDirectorySettingsArgs
            {
                DomainName = "corp.example.com",
                DomainIpv4List = { "10.0.0.10", "10.0.1.10" },
                DomainIpv6List = { "fd00::10" },
                DomainCredentialsProvider = new CredentialsProviderArgs
                {
                    SecretsManagerCredentialsProvider = new SecretsManagerCredentialsProviderArgs
                    {
                        SecretId = "arn:aws:secretsmanager:us-east-1:123456789012:secret:ad-join",
                    },
                },
                DomainNetworkSettings = new DomainNetworkSettingsArgs { Subnets = { "subnet-0123456789abcdef0" } },
            },
        },
    };

    public static ProviderArgs Provider() => new()
    {
        Region = "eu-west-1",
        Profile = "platform",
        AccessKey = "AKIAEXAMPLE",
        SecretKey = "secret-example",
        Token = "token-example",
        Endpoints = new EndpointsArgs { Eks = "http://127.0.0.1:4599", LicenseManagerUserSubscriptions = "http://127.0.0.1:4598" },
        MaxRetries = 5,
        DefaultTags = new DefaultTagsArgs { Tags = { { "team", "platform" } } },
        SkipCredentialsValidation = true,
    };
}
