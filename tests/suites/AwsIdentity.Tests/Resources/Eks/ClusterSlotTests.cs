using AwsIdentity.Aws.EKS.Model;
using AwsIdentity.Core.Resources;
using AwsIdentity.Tests.Support;
using Moq;
using static AwsIdentity.Tests.Support.EksFakes;

namespace AwsIdentity.Tests.Resources.Eks;

/// <summary>A create without a resource key (Terraform): the cluster's one OIDC slot is checked before associating
/// (Resources/Eks/ClusterSlot.cs), and the plan's idempotency token is the same for the same inputs and tags.</summary>
public sealed class ClusterSlotTests
{
    private readonly EksScenario _s = new();

    private void Listed(params string[] names) =>
        _s.F.Eks.Setup(e => e.ListIdentityProviderConfigsAsync(It.IsAny<ListIdentityProviderConfigsRequest>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(new ListIdentityProviderConfigsResponse
            {
                IdentityProviderConfigs = [.. names.Select(n => new IdentityProviderConfig { Type = "oidc", Name = n })],
            });

    private Task<CreateResult> CreateWithoutKey() =>
        _s.F.Drive(() => _s.F.EksHandler().CreateAsync(new CreateRequest(null, Inputs(), null) { Private = "awsid-planned" }, default));

    [Fact]
    public async Task ClusterHoldingAnotherConfig_FailsBeforeAssociating_NamingCreateBeforeDestroy()
    {
        Listed("old-sso");

        var e = await Assert.ThrowsAnyAsync<Exception>(CreateWithoutKey);

        Assert.Contains($"{ClusterName}:old-sso", e.Message);
        Assert.Contains("create_before_destroy", e.Message);
        Assert.Empty(_s.Associations);
        _s.F.Eks.Verify(x => x.AssociateIdentityProviderConfigAsync(It.IsAny<AssociateIdentityProviderConfigRequest>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    [Theory]
    [InlineData]
    [InlineData(ConfigName)]
    public async Task FreeClusterOrOwnName_Associates(params string[] listed)
    {
        Listed(listed);
        _s.HappyCreate();

        var result = await CreateWithoutKey();

        Assert.Equal(Id, result.Id);
        Assert.Equal("awsid-planned", Assert.Single(_s.Associations).ClientRequestToken);
    }

    [Fact]
    public void PlannedToken_IsTheSameForTheSameInputs_AndDiffersWithTheTags()
    {
        var handler = _s.F.EksHandler();
        var first = handler.PlanCreate(Inputs(Map(("team", "a")))).Private;

        Assert.StartsWith("awsid-", first);
        Assert.Equal(first, handler.PlanCreate(Inputs(Map(("team", "a")))).Private);
        Assert.NotEqual(first, handler.PlanCreate(Inputs(Map(("team", "b")))).Private);
        Assert.NotEqual(first, new EksScenario(new Dictionary<string, string> { ["owner"] = "other" }).F.EksHandler()
            .PlanCreate(Inputs(Map(("team", "a")))).Private);
    }
}
