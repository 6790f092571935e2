using AwsIdentity.Aws.EKS.Model;
using AwsIdentity.Core.Resources;
using AwsIdentity.Core.Values;
using AwsIdentity.Tests.Support;
using Moq;
using static AwsIdentity.Tests.Support.EksFakes;

namespace AwsIdentity.Tests.Resources.Eks;

public sealed class IdentityProviderConfigUpdateDeleteTests
{
    private readonly EksScenario _s = new();

    private Task<ObjectValue> Update(ObjectValue oldOutputs, ObjectValue news) =>
        _s.F.Drive(() => _s.F.EksHandler().UpdateAsync(
            new UpdateRequest(Id, HandlerFixture.Urn, oldOutputs, InputsOfOutputs(oldOutputs), news, null), default));

    private static ObjectValue InputsOfOutputs(ObjectValue o) => o.Without("arn").Without("status").Without("tagsAll");

    [Fact]
    public async Task UpdateAsync_TagsChanged_OnlyTagsAndUntagsTheDifference()
    {
        _s.Tags(new() { ["owner"] = "platform", ["env"] = "dev", ["team"] = "a", ["gone"] = "x" });
        var old = EksScenario.Outputs(Inputs(Map(("team", "a"), ("gone", "x"))), Map(("env", "dev"), ("gone", "x"), ("owner", "platform"), ("team", "a")));
        var news = Inputs(Map(("team", "b"), ("new", "y")));

        var outputs = await Update(old, news);

        Assert.Equal(["gone"], Assert.Single(_s.Untagged).TagKeys!);
        var tagged = Assert.Single(_s.Tagged);
        Assert.Equal(Arn, tagged.ResourceArn);
        Assert.Equal(new Dictionary<string, string> { ["team"] = "b", ["new"] = "y" }, tagged.Tags);
        Assert.Empty(_s.Associations);
        _s.F.Eks.Verify(e => e.AssociateIdentityProviderConfigAsync(It.IsAny<AssociateIdentityProviderConfigRequest>(), It.IsAny<CancellationToken>()), Times.Never);
        Assert.Equal(EksScenario.Outputs(news, Map(("env", "dev"), ("new", "y"), ("owner", "platform"), ("team", "b"))), outputs);
    }

    [Fact]
    public async Task UpdateAsync_PartialStateWithoutArn_WaitsForActiveThenSyncsTags()
    {
        _s.Configs("CREATING", "ACTIVE").Tags(new(EksScenario.DefaultTags));
        var old = Inputs().With("status", PropertyValue.Of("CREATING"));

        var outputs = await Update(old, Inputs(Map(("a", "b"))));

        Assert.Equal(new Dictionary<string, string> { ["a"] = "b" }, Assert.Single(_s.Tagged).Tags);
        Assert.Equal(PropertyValue.Of(Arn), outputs["arn"]);
        Assert.Equal(PropertyValue.Of("ACTIVE"), outputs["status"]);
        Assert.Empty(_s.Associations);
    }

    [Fact]
    public async Task UpdateAsync_Preview_TouchesNoAws()
    {
        var old = EksScenario.Outputs(Inputs(), Map(("env", "dev"), ("owner", "platform")));
        var result = await _s.F.EksHandler().PlanUpdateAsync(
            new UpdateRequest(Id, HandlerFixture.Urn, old, Inputs(), Inputs(Map(("team", "a"))), null));
        Assert.Equal(Map(("env", "dev"), ("owner", "platform"), ("team", "a")), result["tagsAll"]);
        Assert.Equal(PropertyValue.Of(Arn), result["arn"]);
        _s.F.Eks.VerifyNoOtherCalls();
    }

    [Fact]
    public async Task DeleteAsync_Disassociates_WaitsForUpdateThenForTheConfigToBeGone()
    {
        _s.Disassociate().Updates("InProgress", "Successful").Configs("DELETING", new ResourceNotFoundException("gone"));

        await _s.Delete(EksScenario.Outputs(Inputs(), Map()));

        var request = Assert.Single(_s.Disassociations);
        Assert.Equal(ClusterName, request.ClusterName);
        Assert.Equal("oidc", request.IdentityProviderConfig!.Type);
        Assert.Equal(ConfigName, request.IdentityProviderConfig.Name);
        _s.F.Eks.Verify(e => e.DescribeUpdateAsync(It.IsAny<DescribeUpdateRequest>(), It.IsAny<CancellationToken>()), Times.Exactly(2));
        _s.F.Eks.Verify(e => e.DescribeIdentityProviderConfigAsync(It.IsAny<DescribeIdentityProviderConfigRequest>(), It.IsAny<CancellationToken>()), Times.Exactly(2));
        Assert.Contains(_s.F.Messages(ephemeral: true), m => m.Contains("to be gone: DELETING"));
    }

    [Fact]
    public async Task DeleteAsync_ClusterBusy_Retries()
    {
        var busy = new ResourceInUseException("Cluster prod currently has update abc in progress");
        _s.Disassociate(busy, busy, new DisassociateIdentityProviderConfigResponse { Update = new Update { Id = "u-1" } })
            .Updates("Successful").Configs(new ResourceNotFoundException("gone"));
        await _s.Delete(EksScenario.Outputs(Inputs(), Map()));
        Assert.Equal(3, _s.Disassociations.Count);
    }

    [Fact]
    public async Task DeleteAsync_ConfigNotFound_CountsAsDeleted()
    {
        _s.Disassociate(new ResourceNotFoundException("No identity provider config"));
        await _s.Delete(EksScenario.Outputs(Inputs(), Map()));
        _s.F.Eks.Verify(e => e.DescribeUpdateAsync(It.IsAny<DescribeUpdateRequest>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    [Fact]
    public async Task DeleteAsync_NotAssociated_CountsAsDeleted()
    {
        _s.Disassociate(new InvalidRequestException("Identity provider config corp-sso is not associated with cluster prod"));
        await _s.Delete(EksScenario.Outputs(Inputs(), Map()));
        Assert.Single(_s.Disassociations);
    }

    [Fact]
    public async Task DeleteAsync_OtherInvalidRequest_Fails()
    {
        _s.Disassociate(new InvalidRequestException("Cluster is not ACTIVE"));
        var e = await Assert.ThrowsAsync<OperationFailedException>(() => _s.Delete(EksScenario.Outputs(Inputs(), Map())));
        Assert.Equal("deleting identity provider config prod:corp-sso: Cluster is not ACTIVE", e.Message);
    }

    [Fact]
    public async Task DeleteAsync_DisassociationUpdateFailed_Fails()
    {
        _s.Disassociate().Updates(UpdateStatus("Failed", new ErrorDetail { ErrorCode = "ClusterUnreachable", ErrorMessage = "api server down" }));
        var e = await Assert.ThrowsAsync<OperationFailedException>(() => _s.Delete(EksScenario.Outputs(Inputs(), Map())));
        Assert.StartsWith("deleting identity provider config prod:corp-sso: ", e.Message);
        Assert.Contains("ended Failed: ClusterUnreachable: api server down", e.Message);
    }

    [Fact]
    public async Task DeleteAsync_ConfigNeverGoes_TimesOut()
    {
        _s.Disassociate(new DisassociateIdentityProviderConfigResponse()).Configs("DELETING");
        var e = await Assert.ThrowsAsync<OperationFailedException>(() => _s.Delete(EksScenario.Outputs(Inputs(), Map()), TimeSpan.FromSeconds(1)));
        Assert.Contains("was still DELETING after 1s", e.Message);
    }

    [Fact]
    public async Task DeleteAsync_MalformedId_ThrowsArgument()
    {
        await Assert.ThrowsAsync<ArgumentException>(() => _s.F.EksHandler().DeleteAsync(
            new DeleteRequest("no-colon", HandlerFixture.Urn, ObjectValue.Empty, null), default));
    }

    [Fact]
    public void Diff_AnyOidcChange_ReplacesDeletingFirst()
    {
        var old = EksScenario.Outputs(Inputs(), Map(("env", "dev"), ("owner", "platform")));
        var diff = _s.F.EksHandler().Diff(new DiffRequest(Id, HandlerFixture.Urn, old, Inputs(), Inputs(oidc: Oidc(groupsClaim: "roles")), []));
        Assert.True(diff.HasChanges);
        Assert.NotEmpty(diff.ReplaceKeys);
        Assert.True(diff.DeleteFirst);
    }
}
