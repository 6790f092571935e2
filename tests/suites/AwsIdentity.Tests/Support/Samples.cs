using AwsIdentity.Core.Values;
using static AwsIdentity.Tests.Support.V;

namespace AwsIdentity.Tests.Support;

/// <summary>Complete, valid property bags of every resource and of the provider configuration.</summary>
internal static class Samples
{
    public static ObjectValue Oidc() => Obj(
        ("identityProviderConfigName", S("corp-oidc")),
        ("issuerUrl", S("https://issuer.example.com/realms/corp")),
        ("clientId", S("kubernetes")),
        ("usernameClaim", S("email")),
        ("usernamePrefix", S("oidc:")),
        ("groupsClaim", S("groups")),
        ("groupsPrefix", S("oidc:")),
        ("requiredClaims", Map(("aud", "kubernetes"), ("https://example.com/tier", "gold"))));

    public static ObjectValue EksInputs() => Obj(
        ("clusterName", S("prod")),
        ("oidc", Oidc()),
        ("tags", Map(("team", "platform"), ("env", "prod"))));

    public static ObjectValue EksOutputs() => EksInputs()
        .With("arn", S("arn:aws:eks:us-east-1:123456789012:identityproviderconfig/prod/oidc/corp-oidc/abc"))
        .With("status", S("ACTIVE"))
        .With("tagsAll", Map(("team", "platform"), ("env", "prod")));

    public static ObjectValue ActiveDirectorySettings() => Obj(
        ("domainName", S("corp.example.com")),
        ("domainIpv4List", Strings("10.0.0.10", "10.0.1.10")),
        ("domainIpv6List", Strings("2001:db8::10")),
        ("domainCredentialsProvider", Obj(("secretsManagerCredentialsProvider", Obj(("secretId", S("arn:aws:secretsmanager:us-east-1:123456789012:secret:ad")))))),
        ("domainNetworkSettings", Obj(("subnets", Strings("subnet-0123456789abcdef0", "subnet-89abcdef")))));

    public static ObjectValue IdentityProvider() => Obj(("activeDirectoryIdentityProvider", Obj(
        ("directoryId", S("d-1234567890")),
        ("activeDirectorySettings", ActiveDirectorySettings()),
        ("activeDirectoryType", S("SELF_MANAGED")),
        ("isSharedActiveDirectory", B(false)))));

    public static ObjectValue UserInputs() => Obj(
        ("username", S("alice")),
        ("instanceId", S("i-0123456789abcdef0")),
        ("identityProvider", IdentityProvider()),
        ("domain", S("corp.example.com")),
        ("tags", Map(("team", "desktops"))));

    public static ObjectValue UserOutputs() => UserInputs()
        .With("instanceUserArn", S("arn:aws:license-manager-user-subscriptions:us-east-1:123456789012:instance-user/x"))
        .With("status", S("ASSOCIATED"))
        .With("statusMessage", S("ok"))
        .With("associationDate", S("2024-05-01T10:00:00Z"))
        .With("disassociationDate", S("2024-06-01T10:00:00Z"))
        .With("tagsAll", Map(("team", "desktops")));

    public static ObjectValue ProviderConfig() => Obj(
        ("region", S("eu-west-1")),
        ("profile", S("dev")),
        ("accessKey", Secret(S("AKIAIOSFODNN7EXAMPLE"))),
        ("secretKey", Secret(S("wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"))),
        ("token", Secret(S("session-token"))),
        ("endpoints", Obj(("eks", S("http://127.0.0.1:4566")), ("licenseManagerUserSubscriptions", S("https://lmus.example.com")))),
        ("maxRetries", N(5)),
        ("defaultTags", Obj(("tags", Map(("owner", "ops"))))),
        ("skipCredentialsValidation", B(true)));
}
