using AwsIdentity.Aws.EKS.Model;
using AwsIdentity.Core.Resources;
using AwsIdentity.Core.Resources.Eks;
using AwsIdentity.Core.Values;
using Moq;

namespace AwsIdentity.Tests.Support;

/// <summary>A HandlerFixture with the EKS calls of one lifecycle scripted and their requests recorded.</summary>
internal sealed class EksScenario
{
    public static readonly Dictionary<string, string> DefaultTags = new() { ["owner"] = "platform", ["env"] = "dev" };

    public HandlerFixture F { get; }
    public List<AssociateIdentityProviderConfigRequest> Associations { get; } = [];
    public List<DisassociateIdentityProviderConfigRequest> Disassociations { get; } = [];
    public List<TagResourceRequest> Tagged { get; } = [];
    public List<UntagResourceRequest> Untagged { get; } = [];

    public EksScenario(IReadOnlyDictionary<string, string>? defaultTags = null) => F = new HandlerFixture(defaultTags ?? DefaultTags);

    public static AssociateIdentityProviderConfigResponse Started(string? updateId = "u-1") =>
        new() { Update = updateId is null ? null : new Update { Id = updateId, Status = "InProgress" } };

    public EksScenario Associate(params object[] answers)
    {
        F.Eks.Setup(e => e.AssociateIdentityProviderConfigAsync(It.IsAny<AssociateIdentityProviderConfigRequest>(), It.IsAny<CancellationToken>()))
            .Callback((AssociateIdentityProviderConfigRequest r, CancellationToken _) => Associations.Add(r))
            .Returns(EksFakes.Script<AssociateIdentityProviderConfigResponse>(answers.Length > 0 ? answers : [Started()]));
        return this;
    }

    public EksScenario Disassociate(params object[] answers)
    {
        F.Eks.Setup(e => e.DisassociateIdentityProviderConfigAsync(It.IsAny<DisassociateIdentityProviderConfigRequest>(), It.IsAny<CancellationToken>()))
            .Callback((DisassociateIdentityProviderConfigRequest r, CancellationToken _) => Disassociations.Add(r))
            .Returns(EksFakes.Script<DisassociateIdentityProviderConfigResponse>(answers.Length > 0
                ? answers : [new DisassociateIdentityProviderConfigResponse { Update = new Update { Id = "u-1", Status = "InProgress" } }]));
        return this;
    }

    /// <summary>DescribeUpdate of u-1 on the cluster: statuses (or exceptions) in order.</summary>
    public EksScenario Updates(params object[] answers)
    {
        F.Eks.Setup(e => e.DescribeUpdateAsync(It.Is<DescribeUpdateRequest>(r => r.Name == EksFakes.ClusterName && r.UpdateId == "u-1"), It.IsAny<CancellationToken>()))
            .Returns(EksFakes.Script<DescribeUpdateResponse>(answers.Select(a => a is string s ? EksFakes.UpdateStatus(s) : a).ToArray()));
        return this;
    }

    /// <summary>DescribeIdentityProviderConfig: config statuses (strings), configs, or exceptions in order.</summary>
    public EksScenario Configs(params object[] answers)
    {
        F.Eks.Setup(e => e.DescribeIdentityProviderConfigAsync(It.Is<DescribeIdentityProviderConfigRequest>(r =>
                    r.ClusterName == EksFakes.ClusterName && r.IdentityProviderConfig!.Type == "oidc" && r.IdentityProviderConfig.Name == EksFakes.ConfigName),
                It.IsAny<CancellationToken>()))
            .Returns(EksFakes.Script<DescribeIdentityProviderConfigResponse>(answers.Select(a => a switch
            {
                string s => EksFakes.Describe(EksFakes.Live(s)),
                OidcIdentityProviderConfig c => EksFakes.Describe(c),
                _ => a,
            }).ToArray()));
        return this;
    }

    public EksScenario Tags(Dictionary<string, string>? live, params object[] listErrors)
    {
        F.Eks.Setup(e => e.ListTagsForResourceAsync(It.Is<ListTagsForResourceRequest>(r => r.ResourceArn == EksFakes.Arn), It.IsAny<CancellationToken>()))
            .Returns(EksFakes.Script<ListTagsForResourceResponse>([.. listErrors, new ListTagsForResourceResponse { Tags = live }]));
        F.Eks.Setup(e => e.TagResourceAsync(It.IsAny<TagResourceRequest>(), It.IsAny<CancellationToken>()))
            .Callback((TagResourceRequest r, CancellationToken _) => Tagged.Add(r)).ReturnsAsync(new TagResourceResponse());
        F.Eks.Setup(e => e.UntagResourceAsync(It.IsAny<UntagResourceRequest>(), It.IsAny<CancellationToken>()))
            .Callback((UntagResourceRequest r, CancellationToken _) => Untagged.Add(r)).ReturnsAsync(new UntagResourceResponse());
        return this;
    }

    /// <summary>A create that goes through: update InProgress → Successful, config CREATING → ACTIVE, tags in sync.</summary>
    public EksScenario HappyCreate(Dictionary<string, string>? liveTags = null) =>
        Associate().Updates("InProgress", "Successful").Configs("CREATING", "ACTIVE").Tags(liveTags);

    /// <summary>The owner marker creates carry (CreateRequest.Owner); none unless a test sets one.</summary>
    public string? Owner { get; set; }

    public Task<CreateResult> Create(ObjectValue inputs, TimeSpan? timeout = null, CancellationToken ct = default, Action<int>? onStep = null, int maxSteps = 200_000) =>
        F.Drive(() => F.EksHandler().CreateAsync(new CreateRequest(HandlerFixture.Urn, inputs, timeout)
            { Owner = Owner, ImportCommand = Owner is null ? null : $"pulumi import {IdentityProviderConfigState.Token} oidc" }, ct), onStep, maxSteps);

    public Task Delete(ObjectValue outputs, TimeSpan? timeout = null) =>
        F.Drive(() => F.EksHandler().DeleteAsync(new DeleteRequest(EksFakes.Id, HandlerFixture.Urn, outputs, timeout), default));

    public static ObjectValue Outputs(ObjectValue inputs, ObjectValue tagsAll, string status = "ACTIVE") =>
        inputs.With("arn", PropertyValue.Of(EksFakes.Arn)).With("status", PropertyValue.Of(status)).With("tagsAll", tagsAll);
}
