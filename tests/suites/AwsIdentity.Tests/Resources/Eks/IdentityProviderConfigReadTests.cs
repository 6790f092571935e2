using AwsIdentity.Aws.EKS.Model;
using AwsIdentity.Core.Resources;
using AwsIdentity.Core.Values;
using AwsIdentity.Tests.Support;
using static AwsIdentity.Tests.Support.EksFakes;

namespace AwsIdentity.Tests.Resources.Eks;

public sealed class IdentityProviderConfigReadTests
{
    private readonly EksScenario _s = new();

    private Task<ReadResult> Read(string id, ObjectValue? outputs, ObjectValue? inputs) =>
        _s.F.EksHandler().ReadAsync(new ReadRequest(id, HandlerFixture.Urn, outputs, inputs), default);

    private static Dictionary<string, string> LiveTags(params (string K, string V)[] extra) =>
        new(EksScenario.DefaultTags.Concat(extra.Select(e => KeyValuePair.Create(e.K, e.V))));

    [Fact]
    public async Task ReadAsync_Refresh_ReturnsLiveOutputsAndInputs()
    {
        _s.Configs("ACTIVE").Tags(LiveTags(("team", "a")));
        var inputs = Inputs(Map(("team", "a")));

        var result = await Read(Id, EksScenario.Outputs(inputs, Map()), inputs);

        Assert.Equal(Id, result.Id);
        Assert.Equal(inputs, result.Inputs);
        Assert.Equal(EksScenario.Outputs(inputs, Map(("env", "dev"), ("owner", "platform"), ("team", "a"))), result.Outputs);
    }

    [Fact]
    public async Task ReadAsync_DriftedGroupsClaimAndTags_ShowUpInInputsAndOutputs()
    {
        _s.Configs(Live(groupsClaim: "roles")).Tags(LiveTags(("team", "b"), ("added", "by-hand")));
        var inputs = Inputs(Map(("team", "a")));

        var result = await Read(Id, EksScenario.Outputs(inputs, Map()), inputs);

        var expected = Inputs(Map(("added", "by-hand"), ("team", "b")), Oidc(groupsClaim: "roles"));
        Assert.Equal(expected, result.Inputs);
        Assert.Equal(PropertyValue.Of("roles"), ((ObjectValue)result.Outputs!["oidc"]!)["groupsClaim"]);
        Assert.Equal(Map(("added", "by-hand"), ("env", "dev"), ("owner", "platform"), ("team", "b")), result.Outputs["tagsAll"]);
    }

    [Fact]
    public async Task ReadAsync_DefaultTags_ExcludedFromTagsButInTagsAll()
    {
        _s.Configs("ACTIVE").Tags(LiveTags());
        var result = await Read(Id, EksScenario.Outputs(Inputs(), Map()), Inputs());
        Assert.Null(result.Inputs!["tags"]);
        Assert.Null(result.Outputs!["tags"]);
        Assert.Equal(Map(("env", "dev"), ("owner", "platform")), result.Outputs["tagsAll"]);
    }

    [Fact]
    public async Task ReadAsync_UserAlsoSetADefaultTag_KeepsItInTags()
    {
        _s.Configs("ACTIVE").Tags(LiveTags());
        var inputs = Inputs(Map(("env", "dev")));
        var result = await Read(Id, EksScenario.Outputs(inputs, Map()), inputs);
        Assert.Equal(Map(("env", "dev")), result.Inputs!["tags"]);
    }

    [Fact]
    public async Task ReadAsync_SecretInputs_StaySecret()
    {
        _s.Configs("ACTIVE").Tags(LiveTags());
        var inputs = Inputs(oidc: Oidc(clientId: PropertyValue.Secret(PropertyValue.Of("kubernetes"))));
        var result = await Read(Id, EksScenario.Outputs(inputs, Map()), inputs);
        Assert.Equal(PropertyValue.Secret(PropertyValue.Of("kubernetes")), ((ObjectValue)result.Outputs!["oidc"]!)["clientId"]);
        Assert.Equal(PropertyValue.Secret(PropertyValue.Of("kubernetes")), ((ObjectValue)result.Inputs!["oidc"]!)["clientId"]);
    }

    [Fact]
    public async Task ReadAsync_ConfigGone_ReturnsGone()
    {
        _s.Configs(new ResourceNotFoundException("No identity provider config found"));
        var result = await Read(Id, EksScenario.Outputs(Inputs(), Map()), Inputs());
        Assert.Null(result.Id);
        Assert.Same(ReadResult.Gone, result);
    }

    [Fact]
    public async Task ReadAsync_ConfigGoneBetweenDescribeAndTags_ReturnsGone()
    {
        _s.Configs("ACTIVE").Tags(null, new ResourceNotFoundException("gone"));
        Assert.Null((await Read(Id, EksScenario.Outputs(Inputs(), Map()), Inputs())).Id);
    }

    [Fact]
    public async Task ReadAsync_ThrottledOnce_RetriesTheRead()
    {
        _s.Configs(new ThrottlingException("Rate exceeded"), "ACTIVE").Tags(LiveTags(), new ServerException("oops"));
        var result = await _s.F.Drive(() => Read(Id, null, null));
        Assert.Equal(Id, result.Id);
        Assert.Contains(_s.F.Messages(ephemeral: true), m => m.Contains("Rate exceeded"));
    }

    [Fact]
    public async Task ReadAsync_OtherError_FailsNamingTheRead()
    {
        _s.Configs(new AccessDeniedException("not allowed"));
        var e = await Assert.ThrowsAsync<OperationFailedException>(() => Read(Id, null, null));
        Assert.IsType<AccessDeniedException>(e.InnerException);
        Assert.Equal($"reading identity provider config {Id}: not allowed", e.Message);
    }

    [Fact]
    public async Task ReadAsync_Import_RebuildsFullInputs()
    {
        _s.Configs("ACTIVE").Tags(LiveTags(("team", "a")));

        var result = await Read(Id, outputs: null, inputs: null);

        Assert.Equal(Id, result.Id);
        Assert.Equal(Inputs(Map(("team", "a"))), result.Inputs);
        Assert.Equal(PropertyValue.Of(Arn), result.Outputs!["arn"]);
        Assert.Equal(PropertyValue.Of("ACTIVE"), result.Outputs["status"]);
    }

    [Fact]
    public async Task ReadAsync_ImportWithNoTagsOrClaims_LeavesThemOut()
    {
        var live = Live();
        live.RequiredClaims = [];
        _s.Configs(live).Tags(null);
        var result = await Read(Id, null, null);
        Assert.Null(result.Inputs!["tags"]);
        Assert.Null(((ObjectValue)result.Inputs["oidc"]!)["requiredClaims"]);
        Assert.Equal(Map(), result.Outputs!["tagsAll"]);
    }

    [Theory]
    [InlineData("prod")]
    [InlineData("prod:")]
    [InlineData(":corp-sso")]
    [InlineData("prod:corp:sso")]
    public async Task ReadAsync_MalformedImportId_ThrowsArgumentNamingTheExpectedForm(string id)
    {
        var e = await Assert.ThrowsAsync<ArgumentException>(() => Read(id, null, null));
        Assert.Contains($"invalid id \"{id}\"", e.Message);
        Assert.Contains("<clusterName>:<identityProviderConfigName>", e.Message);
        _s.F.Eks.VerifyNoOtherCalls();
    }
}
