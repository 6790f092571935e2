using AwsIdentity.Core.Operations;
using AwsIdentity.Aws.EKS.Model;
using AwsIdentity.Core.Resources;
using AwsIdentity.Tests.Support;
using Moq;
using static AwsIdentity.Tests.Support.EksFakes;

namespace AwsIdentity.Tests.Resources.Eks;

/// <summary>Create adopts only the config its own earlier attempt made (Resources/Ownership.cs).</summary>
public sealed class IdentityProviderConfigAdoptionTests
{
    private static readonly InvalidRequestException AlreadyThere = new($"Identity provider config {ConfigName} is already associated with cluster {ClusterName}.");
    private readonly EksScenario _s = new() { Owner = HandlerFixture.Owner };

    [Fact]
    public async Task CreateAsync_SendsTheMarkerWithTheTags_RestoresItIfEksDroppedIt_ButTagsAllLeavesItOut()
    {
        _s.HappyCreate(liveTags: new(EksScenario.DefaultTags));
        var result = await _s.Create(Inputs());
        Assert.Equal(new Dictionary<string, string>(EksScenario.DefaultTags) { [Ownership.TagKey] = HandlerFixture.Owner }, Assert.Single(_s.Associations).Tags);
        Assert.Equal(new Dictionary<string, string> { [Ownership.TagKey] = HandlerFixture.Owner }, Assert.Single(_s.Tagged).Tags);
        Assert.Equal(Map(("env", "dev"), ("owner", "platform")), result.Outputs["tagsAll"]);
    }

    [Theory]
    [InlineData("CREATING")]
    [InlineData("ACTIVE")]
    public async Task CreateAsync_OwnConfigAlreadyThere_AdoptsIt_WaitsForActive_AndWarns(string status)
    {
        _s.Associate(AlreadyThere).Configs(status, "ACTIVE").Tags(new(EksScenario.DefaultTags) { [Ownership.TagKey] = HandlerFixture.Owner });

        var result = await _s.Create(Inputs());

        Assert.Equal(Id, result.Id);
        Assert.Single(_s.Associations);
        Assert.Empty(_s.Untagged);
        _s.F.Eks.Verify(e => e.DescribeUpdateAsync(It.IsAny<DescribeUpdateRequest>(), It.IsAny<CancellationToken>()), Times.Never);
        var warning = Assert.Single(_s.F.Lines, l => l.Severity == OperationLogLevel.Warning);
        Assert.Contains("adopting that config", warning.Message);
    }

    [Fact]
    public async Task CreateAsync_OwnConfigLookupThrottled_IsRetriedThenAdopts()
    {
        _s.Associate(AlreadyThere).Configs(new ThrottlingException("Rate exceeded"), "ACTIVE")
            .Tags(new(EksScenario.DefaultTags) { [Ownership.TagKey] = HandlerFixture.Owner }, new ThrottlingException("Rate exceeded"));
        Assert.Equal(Id, (await _s.Create(Inputs())).Id);
        Assert.Single(_s.Associations);
        Assert.Contains(_s.F.Messages(ephemeral: true), m => m.Contains("EKS is throttling requests"));
    }

    [Fact]
    public async Task CreateAsync_AnotherResourcesConfig_FailsAsOwnedElsewhere_WithoutImportHint()
    {
        _s.Associate(AlreadyThere).Configs("ACTIVE").Tags(new() { [Ownership.TagKey] = "marker-of-another-stack" });

        var e = await Assert.ThrowsAsync<OperationFailedException>(() => _s.Create(Inputs()));

        Assert.StartsWith($"creating identity provider config {Id}: the identity provider config {Arn} (ACTIVE) already exists and is owned elsewhere",
            e.Message);
        Assert.DoesNotContain("import", e.Message);
        Assert.Empty(_s.Tagged);
    }

    [Fact]
    public async Task CreateAsync_UnmarkedConfig_FailsWithTheImportCommand()
    {
        _s.Associate(AlreadyThere).Configs("ACTIVE").Tags(null);
        var e = await Assert.ThrowsAsync<OperationFailedException>(() => _s.Create(Inputs()));
        Assert.StartsWith($"creating identity provider config {Id}: the identity provider config {Arn} (ACTIVE) already exists and was not created", e.Message);
        Assert.EndsWith($"`pulumi import awsidentity:eks:IdentityProviderConfig oidc {Id}`", e.Message);
    }

    [Fact]
    public async Task CreateAsync_OwnConfigOnItsWayOut_FailsSayingSo()
    {
        _s.Associate(AlreadyThere).Configs("DELETING").Tags(new() { [Ownership.TagKey] = HandlerFixture.Owner });
        var e = await Assert.ThrowsAsync<OperationFailedException>(() => _s.Create(Inputs()));
        Assert.Contains("(DELETING) was made by an earlier attempt of this resource and is on its way out", e.Message);
    }

    [Fact]
    public async Task CreateAsync_RefusedButNoConfigOfThatName_KeepsEksError()
    {
        var other = new InvalidRequestException($"Cluster {ClusterName} already has an OIDC identity provider config (other); only one is supported per cluster.");
        _s.Associate(other).Configs(new ResourceNotFoundException("not found"));
        var e = await Assert.ThrowsAsync<OperationFailedException>(() => _s.Create(Inputs()));
        Assert.Equal($"creating identity provider config {Id}: {other.Message}", e.Message);
    }
}
