using AwsIdentity.Aws.EKS;
using AwsIdentity.Aws.EKS.Model;
using AwsIdentity.Core.Values;
using Moq;

namespace AwsIdentity.Tests.Support;

/// <summary>Inputs and scripted EKS answers for IdentityProviderConfig handler tests.</summary>
internal static class EksFakes
{
    public const string ClusterName = "prod";
    public const string ConfigName = "corp-sso";
    public const string Id = "prod:corp-sso";
    public const string Arn = "arn:aws:eks:us-east-1:123456789012:identityproviderconfig/prod/oidc/corp-sso/1a2b";

    public static ObjectValue Map(params (string Key, string Value)[] entries) =>
        ObjectValue.From(entries.Select(e => KeyValuePair.Create(e.Key, PropertyValue.Of(e.Value))));

    public static ObjectValue Oidc(string groupsClaim = "groups", PropertyValue? clientId = null) => ObjectValue.From(new Dictionary<string, PropertyValue>
    {
        ["identityProviderConfigName"] = PropertyValue.Of(ConfigName),
        ["issuerUrl"] = PropertyValue.Of("https://issuer.example.com/realms/corp"),
        ["clientId"] = clientId ?? PropertyValue.Of("kubernetes"),
        ["usernameClaim"] = PropertyValue.Of("email"),
        ["groupsClaim"] = PropertyValue.Of(groupsClaim),
        ["groupsPrefix"] = PropertyValue.Of("oidc:"),
        ["requiredClaims"] = Map(("aud", "kubernetes")),
    });

    public static ObjectValue Inputs(ObjectValue? tags = null, ObjectValue? oidc = null)
    {
        var inputs = ObjectValue.Empty.With("clusterName", PropertyValue.Of(ClusterName)).With("oidc", oidc ?? Oidc());
        return tags is null ? inputs : inputs.With("tags", tags);
    }

    public static OidcIdentityProviderConfig Live(string status = "ACTIVE", string groupsClaim = "groups") => new()
    {
        IdentityProviderConfigName = ConfigName,
        IdentityProviderConfigArn = Arn,
        ClusterName = ClusterName,
        IssuerUrl = "https://issuer.example.com/realms/corp",
        ClientId = "kubernetes",
        UsernameClaim = "email",
        GroupsClaim = groupsClaim,
        GroupsPrefix = "oidc:",
        RequiredClaims = new() { ["aud"] = "kubernetes" },
        Status = status,
    };

    public static DescribeIdentityProviderConfigResponse Describe(OidcIdentityProviderConfig config) =>
        new() { IdentityProviderConfig = new IdentityProviderConfigResponse { Oidc = config } };

    public static DescribeUpdateResponse UpdateStatus(string status, params ErrorDetail[] errors) =>
        new() { Update = new Update { Id = "u-1", Status = status, Errors = errors.Length > 0 ? [.. errors] : null } };

    public static void SetupTags(this Mock<IAmazonEKS> eks, Dictionary<string, string>? live)
    {
        eks.Setup(e => e.ListTagsForResourceAsync(It.Is<ListTagsForResourceRequest>(r => r.ResourceArn == Arn), It.IsAny<CancellationToken>()))
            .ReturnsAsync(new ListTagsForResourceResponse { Tags = live });
        eks.Setup(e => e.TagResourceAsync(It.IsAny<TagResourceRequest>(), It.IsAny<CancellationToken>())).ReturnsAsync(new TagResourceResponse());
        eks.Setup(e => e.UntagResourceAsync(It.IsAny<UntagResourceRequest>(), It.IsAny<CancellationToken>())).ReturnsAsync(new UntagResourceResponse());
    }

    /// <summary>Answers in order, repeating the last one; an Exception answer becomes a faulted task (as the clients fail).</summary>
    public static Func<Task<T>> Script<T>(params object[] answers)
    {
        var i = 0;
        return () => answers[Math.Min(i++, answers.Length - 1)] switch
        {
            Exception e => Task.FromException<T>(e),
            T t => Task.FromResult(t),
            var other => throw new InvalidOperationException($"bad scripted answer {other}"),
        };
    }
}
