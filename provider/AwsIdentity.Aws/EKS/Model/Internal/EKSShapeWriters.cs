using System.Text.Json;
using AwsIdentity.Aws.EKS.Model;
using AwsIdentity.Aws.Runtime;

namespace AwsIdentity.Aws.EKS.Model.Internal;

/// <summary>JSON writers for the EKS request shapes [botocore eks-2017-11-01].</summary>
internal static class EKSShapeWriters
{
    public static void WriteOidcIdentityProviderConfigRequest(Utf8JsonWriter writer, OidcIdentityProviderConfigRequest value)
    {
        writer.Str("identityProviderConfigName", value.IdentityProviderConfigName);
        writer.Str("issuerUrl", value.IssuerUrl);
        writer.Str("clientId", value.ClientId);
        writer.Str("usernameClaim", value.UsernameClaim);
        writer.Str("usernamePrefix", value.UsernamePrefix);
        writer.Str("groupsClaim", value.GroupsClaim);
        writer.Str("groupsPrefix", value.GroupsPrefix);
        writer.StrMap("requiredClaims", value.RequiredClaims);
    }

    public static void WriteIdentityProviderConfig(Utf8JsonWriter writer, IdentityProviderConfig value)
    {
        writer.Str("type", value.Type);
        writer.Str("name", value.Name);
    }
}
