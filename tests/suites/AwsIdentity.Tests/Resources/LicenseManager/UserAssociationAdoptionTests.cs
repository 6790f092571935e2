using AwsIdentity.Aws.LicenseManagerUserSubscriptions.Model;
using AwsIdentity.Core.Resources;
using AwsIdentity.Tests.Support;
using Moq;

using static AwsIdentity.Tests.Support.LmusScenario;

namespace AwsIdentity.Tests.Resources.LicenseManager;

/// <summary>Create adopts only the association its own earlier attempt made (Resources/Ownership.cs).</summary>
public sealed class UserAssociationAdoptionTests
{
    private readonly LmusScenario _s = new() { Owner = HandlerFixture.Owner };

    [Fact]
    public async Task CreateAsync_SendsTheMarkerWithTheTags_ButTagsAllLeavesItOut()
    {
        _s.Associate().Lists("ASSOCIATED").Tags(null);
        var result = await _s.Create(Inputs(tags: EksFakes.Map(("team", "a"))));
        Assert.Equal(new Dictionary<string, string> { ["owner"] = "desktops", ["team"] = "a", [Ownership.TagKey] = HandlerFixture.Owner },
            Assert.Single(_s.Associations).Tags);
        Assert.Equal(EksFakes.Map(("owner", "desktops"), ("team", "a")), result.Outputs["tagsAll"]);
    }

    [Fact]
    public async Task CreateAsync_ConflictWithOwnAssociation_AdoptsIt_AndTagSyncKeepsTheMarker()
    {
        _s.Associate(new ConflictException("user already associated")).Lists("ASSOCIATED")
            .Tags(new() { ["stray"] = "x", [Ownership.TagKey] = HandlerFixture.Owner });

        var result = await _s.Create(Inputs());

        Assert.Equal(Id, result.Id);
        Assert.Equal(["stray"], Assert.Single(_s.Untagged).TagKeys!);
        Assert.Equal(new Dictionary<string, string> { ["owner"] = "desktops" }, Assert.Single(_s.Tagged).Tags);
        Assert.Equal(EksFakes.Map(("owner", "desktops")), result.Outputs["tagsAll"]);
    }

    [Fact]
    public async Task CreateAsync_ConflictWithAnotherResourcesAssociation_FailsAsOwnedElsewhere_WithoutRetryOrImportHint()
    {
        _s.Associate(new ConflictException("user already associated")).Lists("ASSOCIATED")
            .Tags(new() { [Ownership.TagKey] = "marker-of-another-stack" });

        var e = await Assert.ThrowsAsync<OperationFailedException>(() => _s.Create(Inputs()));

        Assert.StartsWith($"associating user alice with instance {Instance}: the association {UserArn} of user alice (ASSOCIATED) " +
            "already exists and is owned elsewhere", e.Message);
        Assert.DoesNotContain("import", e.Message);
        Assert.Single(_s.Associations);
        Assert.Empty(_s.Tagged);
        Assert.Empty(_s.Untagged);
        _s.F.Lmus.Verify(l => l.DisassociateUserAsync(It.IsAny<DisassociateUserRequest>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    [Fact]
    public async Task CreateAsync_ConflictWithAnUnmarkedAssociation_FailsWithTheImportCommand()
    {
        _s.Associate(new ConflictException("user already associated")).Lists("ASSOCIATING").Tags(new() { ["made-by"] = "console" });

        var e = await Assert.ThrowsAsync<OperationFailedException>(() => _s.Create(Inputs()));

        Assert.StartsWith($"associating user alice with instance {Instance}: the association {UserArn} of user alice (ASSOCIATING) " +
            "already exists and was not created by this resource", e.Message);
        Assert.EndsWith($"`pulumi import awsidentity:licensemanager:UserAssociation alice {Id}`", e.Message);
        Assert.Single(_s.Associations);
    }

    [Fact]
    public async Task CreateAsync_WithoutAnOwner_MarksNothingAndAdoptsNothing()
    {
        var s = new LmusScenario();
        s.Associate(new ConflictException("user already associated")).Lists("ASSOCIATED").Tags(new() { [Ownership.TagKey] = HandlerFixture.Owner });
        var e = await Assert.ThrowsAsync<OperationFailedException>(() => s.Create(Inputs()));
        Assert.Contains("owned elsewhere", e.Message);
        Assert.Equal(new Dictionary<string, string> { ["owner"] = "desktops" }, Assert.Single(s.Associations).Tags);
    }
}
