using System.Text.Json;
using AwsIdentity.Aws.EKS.Model;
using AwsIdentity.Aws.Runtime;

namespace AwsIdentity.Aws.EKS.Model.Internal;

/// <summary>JSON readers for the EKS response shapes [botocore eks-2017-11-01]; unknown members are skipped.</summary>
internal static class EKSShapeReaders
{
    public static Update ReadUpdate(JsonElement json) => new()
    {
        Id = JsonRead.Str(json, "id"),
        Status = JsonRead.Str(json, "status"),
        Type = JsonRead.Str(json, "type"),
        Params = JsonRead.List(json, "params", ReadUpdateParam),
        CreatedAt = JsonRead.EpochSeconds(json, "createdAt"),
        Errors = JsonRead.List(json, "errors", ReadErrorDetail),
    };

    public static UpdateParam ReadUpdateParam(JsonElement json) => new()
    {
        Type = JsonRead.Str(json, "type"),
        Value = JsonRead.Str(json, "value"),
    };

    public static ErrorDetail ReadErrorDetail(JsonElement json) => new()
    {
        ErrorCode = JsonRead.Str(json, "errorCode"),
        ErrorMessage = JsonRead.Str(json, "errorMessage"),
        ResourceIds = JsonRead.StrList(json, "resourceIds"),
    };

    public static IdentityProviderConfigResponse ReadIdentityProviderConfigResponse(JsonElement json) => new()
    {
        Oidc = JsonRead.Obj(json, "oidc", ReadOidcIdentityProviderConfig),
    };

    public static OidcIdentityProviderConfig ReadOidcIdentityProviderConfig(JsonElement json) => new()
    {
        IdentityProviderConfigName = JsonRead.Str(json, "identityProviderConfigName"),
        IdentityProviderConfigArn = JsonRead.Str(json, "identityProviderConfigArn"),
        ClusterName = JsonRead.Str(json, "clusterName"),
        IssuerUrl = JsonRead.Str(json, "issuerUrl"),
        ClientId = JsonRead.Str(json, "clientId"),
        UsernameClaim = JsonRead.Str(json, "usernameClaim"),
        UsernamePrefix = JsonRead.Str(json, "usernamePrefix"),
        GroupsClaim = JsonRead.Str(json, "groupsClaim"),
        GroupsPrefix = JsonRead.Str(json, "groupsPrefix"),
        RequiredClaims = JsonRead.StrMap(json, "requiredClaims"),
        Tags = JsonRead.StrMap(json, "tags"),
        Status = JsonRead.Str(json, "status"),
    };

    public static IdentityProviderConfig ReadIdentityProviderConfig(JsonElement json) => new()
    {
        Type = JsonRead.Str(json, "type"),
        Name = JsonRead.Str(json, "name"),
    };

    public static Cluster ReadCluster(JsonElement json) => new()
    {
        Name = JsonRead.Str(json, "name"),
        Arn = JsonRead.Str(json, "arn"),
        CreatedAt = JsonRead.EpochSeconds(json, "createdAt"),
        Version = JsonRead.Str(json, "version"),
        Endpoint = JsonRead.Str(json, "endpoint"),
        RoleArn = JsonRead.Str(json, "roleArn"),
        Identity = JsonRead.Obj(json, "identity", ReadIdentity),
        Status = JsonRead.Str(json, "status"),
        CertificateAuthority = JsonRead.Obj(json, "certificateAuthority", ReadCertificate),
        ClientRequestToken = JsonRead.Str(json, "clientRequestToken"),
        PlatformVersion = JsonRead.Str(json, "platformVersion"),
        Tags = JsonRead.StrMap(json, "tags"),
        Id = JsonRead.Str(json, "id"),
    };

    public static Identity ReadIdentity(JsonElement json) => new()
    {
        Oidc = JsonRead.Obj(json, "oidc", ReadOIDC),
    };

    public static OIDC ReadOIDC(JsonElement json) => new()
    {
        Issuer = JsonRead.Str(json, "issuer"),
    };

    public static Certificate ReadCertificate(JsonElement json) => new()
    {
        Data = JsonRead.Str(json, "data"),
    };
}
