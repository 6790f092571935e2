using System.Text.Json;
using AwsIdentity.Aws.LicenseManagerUserSubscriptions.Model;
using AwsIdentity.Aws.Runtime;

namespace AwsIdentity.Aws.LicenseManagerUserSubscriptions.Model.Internal;

/// <summary>JSON writers for the LicenseManagerUserSubscriptions request shapes [botocore license-manager-user-subscriptions-2018-05-10].</summary>
internal static class LicenseManagerUserSubscriptionsShapeWriters
{
    public static void WriteIdentityProvider(Utf8JsonWriter writer, IdentityProvider value)
    {
        writer.Obj("ActiveDirectoryIdentityProvider", value.ActiveDirectoryIdentityProvider, WriteActiveDirectoryIdentityProvider);
    }

    public static void WriteActiveDirectoryIdentityProvider(Utf8JsonWriter writer, ActiveDirectoryIdentityProvider value)
    {
        writer.Str("DirectoryId", value.DirectoryId);
        writer.Obj("ActiveDirectorySettings", value.ActiveDirectorySettings, WriteActiveDirectorySettings);
        writer.Str("ActiveDirectoryType", value.ActiveDirectoryType);
        writer.Bool("IsSharedActiveDirectory", value.IsSharedActiveDirectory);
    }

    public static void WriteActiveDirectorySettings(Utf8JsonWriter writer, ActiveDirectorySettings value)
    {
        writer.Str("DomainName", value.DomainName);
        writer.StrList("DomainIpv4List", value.DomainIpv4List);
        writer.StrList("DomainIpv6List", value.DomainIpv6List);
        writer.Obj("DomainCredentialsProvider", value.DomainCredentialsProvider, WriteCredentialsProvider);
        writer.Obj("DomainNetworkSettings", value.DomainNetworkSettings, WriteDomainNetworkSettings);
    }

    public static void WriteCredentialsProvider(Utf8JsonWriter writer, CredentialsProvider value)
    {
        writer.Obj("SecretsManagerCredentialsProvider", value.SecretsManagerCredentialsProvider, WriteSecretsManagerCredentialsProvider);
    }

    public static void WriteSecretsManagerCredentialsProvider(Utf8JsonWriter writer, SecretsManagerCredentialsProvider value)
    {
        writer.Str("SecretId", value.SecretId);
    }

    public static void WriteDomainNetworkSettings(Utf8JsonWriter writer, DomainNetworkSettings value)
    {
        writer.StrList("Subnets", value.Subnets);
    }

    public static void WriteFilter(Utf8JsonWriter writer, Filter value)
    {
        writer.Str("Attribute", value.Attribute);
        writer.Str("Operation", value.Operation);
        writer.Str("Value", value.Value);
    }

    /// <summary>
    /// IdentityProvider and Product: the pair that names a registration (and, with Username, a subscription) in the
    /// identity-provider and product-subscription operations [botocore license-manager-user-subscriptions-2018-05-10].
    /// </summary>
    public static void ProviderAndProduct(this Utf8JsonWriter body, IdentityProvider? provider, string? product)
    {
        body.Obj("IdentityProvider", provider, WriteIdentityProvider);
        body.Str("Product", product);
    }

    /// <summary>Username, IdentityProvider, Product and Domain: what names one user's product subscription in Start/StopProductSubscription.</summary>
    public static void ProductUser(this Utf8JsonWriter body, string? username, IdentityProvider? provider, string? product, string? domain)
    {
        body.Str("Username", username);
        body.ProviderAndProduct(provider, product);
        body.Str("Domain", domain);
    }

    public static void WriteSettings(Utf8JsonWriter writer, Settings value)
    {
        writer.StrList("Subnets", value.Subnets);
        writer.Str("SecurityGroupId", value.SecurityGroupId);
    }

    public static void WriteUpdateSettings(Utf8JsonWriter writer, UpdateSettings value)
    {
        writer.StrList("AddSubnets", value.AddSubnets);
        writer.StrList("RemoveSubnets", value.RemoveSubnets);
        writer.Str("SecurityGroupId", value.SecurityGroupId);
    }
}
