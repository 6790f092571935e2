using System.Text.Json;
using AwsIdentity.Aws.LicenseManagerUserSubscriptions.Model;
using AwsIdentity.Aws.Runtime;

namespace AwsIdentity.Aws.LicenseManagerUserSubscriptions.Model.Internal;

/// <summary>JSON readers for the LicenseManagerUserSubscriptions response shapes [botocore license-manager-user-subscriptions-2018-05-10]; unknown members are skipped.</summary>
internal static class LicenseManagerUserSubscriptionsShapeReaders
{
    public static InstanceUserSummary ReadInstanceUserSummary(JsonElement json) => new()
    {
        Username = JsonRead.Str(json, "Username"),
        InstanceId = JsonRead.Str(json, "InstanceId"),
        IdentityProvider = JsonRead.Obj(json, "IdentityProvider", ReadIdentityProvider),
        Status = JsonRead.Str(json, "Status"),
        InstanceUserArn = JsonRead.Str(json, "InstanceUserArn"),
        StatusMessage = JsonRead.Str(json, "StatusMessage"),
        Domain = JsonRead.Str(json, "Domain"),
        AssociationDate = JsonRead.Str(json, "AssociationDate"),
        DisassociationDate = JsonRead.Str(json, "DisassociationDate"),
    };

    public static IdentityProvider ReadIdentityProvider(JsonElement json) => new()
    {
        ActiveDirectoryIdentityProvider = JsonRead.Obj(json, "ActiveDirectoryIdentityProvider", ReadActiveDirectoryIdentityProvider),
    };

    public static ActiveDirectoryIdentityProvider ReadActiveDirectoryIdentityProvider(JsonElement json) => new()
    {
        DirectoryId = JsonRead.Str(json, "DirectoryId"),
        ActiveDirectorySettings = JsonRead.Obj(json, "ActiveDirectorySettings", ReadActiveDirectorySettings),
        ActiveDirectoryType = JsonRead.Str(json, "ActiveDirectoryType"),
        IsSharedActiveDirectory = JsonRead.Bool(json, "IsSharedActiveDirectory"),
    };

    public static ActiveDirectorySettings ReadActiveDirectorySettings(JsonElement json) => new()
    {
        DomainName = JsonRead.Str(json, "DomainName"),
        DomainIpv4List = JsonRead.StrList(json, "DomainIpv4List"),
        DomainIpv6List = JsonRead.StrList(json, "DomainIpv6List"),
        DomainCredentialsProvider = JsonRead.Obj(json, "DomainCredentialsProvider", ReadCredentialsProvider),
        DomainNetworkSettings = JsonRead.Obj(json, "DomainNetworkSettings", ReadDomainNetworkSettings),
    };

    public static CredentialsProvider ReadCredentialsProvider(JsonElement json) => new()
    {
        SecretsManagerCredentialsProvider = JsonRead.Obj(json, "SecretsManagerCredentialsProvider", ReadSecretsManagerCredentialsProvider),
    };

    public static SecretsManagerCredentialsProvider ReadSecretsManagerCredentialsProvider(JsonElement json) => new()
    {
        SecretId = JsonRead.Str(json, "SecretId"),
    };

    public static DomainNetworkSettings ReadDomainNetworkSettings(JsonElement json) => new()
    {
        Subnets = JsonRead.StrList(json, "Subnets"),
    };

    public static IdentityProviderSummary ReadIdentityProviderSummary(JsonElement json) => new()
    {
        IdentityProvider = JsonRead.Obj(json, "IdentityProvider", ReadIdentityProvider),
        Settings = JsonRead.Obj(json, "Settings", ReadSettings),
        Product = JsonRead.Str(json, "Product"),
        Status = JsonRead.Str(json, "Status"),
        IdentityProviderArn = JsonRead.Str(json, "IdentityProviderArn"),
        FailureMessage = JsonRead.Str(json, "FailureMessage"),
        OwnerAccountId = JsonRead.Str(json, "OwnerAccountId"),
    };

    public static Settings ReadSettings(JsonElement json) => new()
    {
        Subnets = JsonRead.StrList(json, "Subnets"),
        SecurityGroupId = JsonRead.Str(json, "SecurityGroupId"),
    };

    public static InstanceSummary ReadInstanceSummary(JsonElement json) => new()
    {
        InstanceId = JsonRead.Str(json, "InstanceId"),
        Status = JsonRead.Str(json, "Status"),
        Products = JsonRead.StrList(json, "Products"),
        LastStatusCheckDate = JsonRead.Str(json, "LastStatusCheckDate"),
        StatusMessage = JsonRead.Str(json, "StatusMessage"),
        OwnerAccountId = JsonRead.Str(json, "OwnerAccountId"),
        IdentityProvider = JsonRead.Obj(json, "IdentityProvider", ReadIdentityProvider),
    };

    public static ProductUserSummary ReadProductUserSummary(JsonElement json) => new()
    {
        Username = JsonRead.Str(json, "Username"),
        Product = JsonRead.Str(json, "Product"),
        IdentityProvider = JsonRead.Obj(json, "IdentityProvider", ReadIdentityProvider),
        Status = JsonRead.Str(json, "Status"),
        ProductUserArn = JsonRead.Str(json, "ProductUserArn"),
        StatusMessage = JsonRead.Str(json, "StatusMessage"),
        Domain = JsonRead.Str(json, "Domain"),
        SubscriptionStartDate = JsonRead.Str(json, "SubscriptionStartDate"),
        SubscriptionEndDate = JsonRead.Str(json, "SubscriptionEndDate"),
    };
}
