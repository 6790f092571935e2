using AwsIdentity.Aws.EKS.Model;
using AwsIdentity.Core.Resources;
using AwsIdentity.Core.Values;
using AwsIdentity.Tests.Support;
using Moq;
using static AwsIdentity.Tests.Support.EksFakes;

namespace AwsIdentity.Tests.Resources.Eks;

public sealed class IdentityProviderConfigCreateTests
{
    private readonly EksScenario _s = new();

    [Fact]
    public async Task CreateAsync_Preview_TouchesNoAwsAndLeavesComputedOutputsUnknown()
    {
        var result = await _s.F.EksHandler().PlanCreateAsync(Inputs(Map(("team", "a"))));
        Assert.Equal("", result.Id);
        Assert.Equal(PropertyValue.Unknown, result.Outputs["arn"]);
        Assert.Equal(PropertyValue.Unknown, result.Outputs["status"]);
        Assert.Equal(Map(("env", "dev"), ("owner", "platform"), ("team", "a")), result.Outputs["tagsAll"]);
        _s.F.Clients.VerifyNoOtherCalls();
        _s.F.Eks.VerifyNoOtherCalls();
    }

    [Fact]
    public async Task CreateAsync_HappyPath_AssociatesWithMergedTagsAndWaitsForActive()
    {
        _s.HappyCreate(liveTags: new() { ["owner"] = "platform" });
        var inputs = Inputs(Map(("team", "a"), ("env", "prod")));

        var result = await _s.Create(inputs);

        var request = Assert.Single(_s.Associations);
        Assert.Equal(ClusterName, request.ClusterName);
        Assert.Equal(ConfigName, request.Oidc!.IdentityProviderConfigName);
        Assert.Equal("https://issuer.example.com/realms/corp", request.Oidc.IssuerUrl);
        Assert.Equal("kubernetes", request.Oidc.ClientId);
        Assert.Equal("email", request.Oidc.UsernameClaim);
        Assert.Null(request.Oidc.UsernamePrefix);
        Assert.Equal("groups", request.Oidc.GroupsClaim);
        Assert.Equal("oidc:", request.Oidc.GroupsPrefix);
        Assert.Equal(new Dictionary<string, string> { ["aud"] = "kubernetes" }, request.Oidc.RequiredClaims);
        // defaultTags merged under the resource's own tags: the resource wins on "env".
        Assert.Equal(new Dictionary<string, string> { ["owner"] = "platform", ["env"] = "prod", ["team"] = "a" }, request.Tags);
        Assert.StartsWith("awsid-", request.ClientRequestToken);

        _s.F.Eks.Verify(e => e.DescribeUpdateAsync(It.IsAny<DescribeUpdateRequest>(), It.IsAny<CancellationToken>()), Times.Exactly(2));
        _s.F.Eks.Verify(e => e.DescribeIdentityProviderConfigAsync(It.IsAny<DescribeIdentityProviderConfigRequest>(), It.IsAny<CancellationToken>()), Times.Exactly(2));
        // Tags given at associate time may be missing (aws-controllers-k8s#1143): the missing ones are set afterwards.
        var tagged = Assert.Single(_s.Tagged);
        Assert.Equal(Arn, tagged.ResourceArn);
        Assert.Equal(new Dictionary<string, string> { ["env"] = "prod", ["team"] = "a" }, tagged.Tags);
        Assert.Empty(_s.Untagged);

        Assert.Equal(Id, result.Id);
        Assert.Equal(EksScenario.Outputs(inputs, Map(("env", "prod"), ("owner", "platform"), ("team", "a"))), result.Outputs);
    }

    [Fact]
    public async Task CreateAsync_LiveTagsHaveExtras_UntagsThem()
    {
        _s.HappyCreate(liveTags: new() { ["owner"] = "platform", ["env"] = "dev", ["stray"] = "x" });
        await _s.Create(Inputs());
        Assert.Equal(["stray"], Assert.Single(_s.Untagged).TagKeys!);
        Assert.Empty(_s.Tagged);
    }

    [Fact]
    public async Task CreateAsync_NoTagsAnywhere_SendsNoTags()
    {
        var s = new EksScenario(new Dictionary<string, string>()).HappyCreate();
        var result = await s.Create(Inputs());
        Assert.Null(Assert.Single(s.Associations).Tags);
        Assert.Equal(ObjectValue.Empty, result.Outputs["tagsAll"]);
    }

    [Fact]
    public async Task CreateAsync_NoUpdateInResponse_WaitsForTheConfigOnly()
    {
        _s.Associate(EksScenario.Started(updateId: null)).Configs("ACTIVE").Tags(new(EksScenario.DefaultTags));
        Assert.Equal(Id, (await _s.Create(Inputs())).Id);
        _s.F.Eks.Verify(e => e.DescribeUpdateAsync(It.IsAny<DescribeUpdateRequest>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    [Fact]
    public async Task CreateAsync_SameUrnAndInputs_SendSameClientRequestToken()
    {
        var other = new EksScenario().HappyCreate();
        _s.HappyCreate();
        await _s.Create(Inputs(Map(("team", "a"))));
        await other.Create(Inputs(Map(("team", "a"))));
        Assert.Equal(_s.Associations[0].ClientRequestToken, other.Associations[0].ClientRequestToken);
    }

    [Fact]
    public async Task CreateAsync_DifferentInputs_SendDifferentClientRequestTokens()
    {
        _s.HappyCreate();
        await _s.Create(Inputs(Map(("team", "a"))));
        await _s.Create(Inputs(Map(("team", "b"))));
        await _s.Create(Inputs(Map(("team", "a")), Oidc(groupsClaim: "roles")));
        Assert.Equal(3, _s.Associations.Select(a => a.ClientRequestToken).Distinct().Count());
    }

    [Fact]
    public async Task CreateAsync_ClusterBusy_RetriesUntilAssociated()
    {
        var busy = new ResourceInUseException("Cluster prod currently has update abc in progress");
        _s.Associate(busy, busy, EksScenario.Started()).Updates("Successful").Configs("ACTIVE").Tags(new(EksScenario.DefaultTags));

        Assert.Equal(Id, (await _s.Create(Inputs())).Id);

        Assert.Equal(3, _s.Associations.Count);
        Assert.Equal(2, _s.F.Messages(ephemeral: true).Count(m => m.Contains("the cluster is busy with another update") && m.Contains("update abc in progress")));
    }

    [Fact]
    public async Task CreateAsync_Throttled_RetriesAssociateAndPolls()
    {
        _s.Associate(new ThrottlingException("Rate exceeded"), EksScenario.Started())
            .Updates(new ThrottlingException("Rate exceeded"), "Successful")
            .Configs(new ServerException("internal"), "ACTIVE")
            .Tags(new(EksScenario.DefaultTags), new ThrottlingException("Rate exceeded"));

        Assert.Equal(Id, (await _s.Create(Inputs())).Id);

        Assert.Equal(2, _s.Associations.Count);
        Assert.Contains(_s.F.Messages(ephemeral: true), m => m.Contains("EKS is throttling requests"));
        Assert.Contains(_s.F.Messages(ephemeral: true), m => m.Contains("poll failed: Rate exceeded"));
    }

    [Fact]
    public async Task CreateAsync_AssociateRejected_FailsWithActionAndNoState()
    {
        _s.Associate(new InvalidParameterException("issuerUrl is unreachable"));
        var e = await Assert.ThrowsAsync<OperationFailedException>(() => _s.Create(Inputs()));
        Assert.Equal("creating identity provider config prod:corp-sso: issuerUrl is unreachable", e.Message);
        Assert.Single(_s.Associations);
    }

    [Fact]
    public async Task CreateAsync_SecretInputs_StaySecretInOutputs()
    {
        _s.HappyCreate();
        var inputs = Inputs(oidc: Oidc(clientId: PropertyValue.Secret(PropertyValue.Of("kubernetes"))));

        var result = await _s.Create(inputs);

        Assert.Equal("kubernetes", Assert.Single(_s.Associations).Oidc!.ClientId);
        var oidc = Assert.IsType<ObjectValue>(result.Outputs["oidc"]);
        Assert.Equal(PropertyValue.Secret(PropertyValue.Of("kubernetes")), oidc["clientId"]);
        Assert.Equal(PropertyValue.Of("email"), oidc["usernameClaim"]);
    }
}
