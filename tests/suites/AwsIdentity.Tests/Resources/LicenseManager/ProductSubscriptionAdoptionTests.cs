using AwsIdentity.Aws.LicenseManagerUserSubscriptions.Model;
using AwsIdentity.Core.Operations;
using AwsIdentity.Core.Resources;
using AwsIdentity.Tests.Support;
using Moq;
using static AwsIdentity.Tests.Support.SubscriptionScenario;

namespace AwsIdentity.Tests.Resources.LicenseManager;

/// <summary>Create adopts only the subscription its own earlier attempt started (Resources/Ownership.cs).</summary>
public sealed class ProductSubscriptionAdoptionTests
{
    private readonly SubscriptionScenario _s = new() { Owner = HandlerFixture.Owner };

    [Fact]
    public async Task CreateAsync_SendsTheMarkerWithTheTags_ButTagsAllLeavesItOut()
    {
        _s.Start().Lists("SUBSCRIBED").Tags(null);
        var result = await _s.Create(Inputs(tags: EksFakes.Map(("team", "a"))));
        Assert.Equal(new Dictionary<string, string> { ["owner"] = "desktops", ["team"] = "a", [Ownership.TagKey] = HandlerFixture.Owner },
            Assert.Single(_s.Starts).Tags);
        Assert.Equal(EksFakes.Map(("owner", "desktops"), ("team", "a")), result.Outputs["tagsAll"]);
    }

    [Theory]
    [InlineData("PENDING")]
    [InlineData("subscribed")]
    public async Task CreateAsync_ConflictWithOwnSubscription_AdoptsIt_WarnsAndSyncsTagsKeepingTheMarker(string existing)
    {
        _s.Start(new ConflictException("user already subscribed")).Lists(existing, "SUBSCRIBED")
            .Tags(new() { ["stray"] = "x", [Ownership.TagKey] = HandlerFixture.Owner });

        var result = await _s.Create(Inputs());

        Assert.Equal(Id, result.Id);
        Assert.Single(_s.Starts);
        var warning = Assert.Single(_s.F.Lines, l => l.Severity == OperationLogLevel.Warning);
        Assert.Contains($"already {existing} to {Product}", warning.Message);
        Assert.Contains("adopting that subscription", warning.Message);
        Assert.Equal(["stray"], Assert.Single(_s.Untagged).TagKeys!);
        Assert.Equal(new Dictionary<string, string> { ["owner"] = "desktops" }, Assert.Single(_s.Tagged).Tags);
        Assert.Equal(EksFakes.Map(("owner", "desktops")), result.Outputs["tagsAll"]);
    }

    [Fact]
    public async Task CreateAsync_ConflictWithAnotherResourcesSubscription_IsRefusedWithoutImportHint()
    {
        _s.Start(new ConflictException("user already subscribed")).Lists("SUBSCRIBED").Tags(new() { [Ownership.TagKey] = "marker-of-another-stack" });

        var e = await Assert.ThrowsAsync<OperationFailedException>(() => _s.Create(Inputs()));

        Assert.StartsWith($"subscribing user alice to {Product}: the {Product} subscription {UserArn} of user alice (SUBSCRIBED) " +
            "already exists and is owned elsewhere", e.Message);
        Assert.DoesNotContain("import", e.Message);
        Assert.Single(_s.Starts);
        Assert.Empty(_s.Tagged);
        _s.F.Lmus.Verify(l => l.StopProductSubscriptionAsync(It.IsAny<StopProductSubscriptionRequest>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    [Fact]
    public async Task CreateAsync_ConflictWithAnUnmarkedSubscription_GivesTheImportCommand()
    {
        _s.Start(new ConflictException("user already subscribed")).Lists("SUBSCRIBED").Tags(new() { ["made-by"] = "cli" });
        var e = await Assert.ThrowsAsync<OperationFailedException>(() => _s.Create(Inputs()));
        Assert.Contains("already exists and was not created by this resource", e.Message);
        Assert.EndsWith($"`pulumi import awsidentity:licensemanager:ProductSubscription sub {Id}`", e.Message);
    }

    [Fact]
    public async Task CreateAsync_UnderTerraform_NeverAdoptsEvenAMarkedOne_AndAdvisesTerraformImport()
    {
        // Terraform gives creates no owner marker (ARCHITECTURE.md "Ownership"), so nothing is its own.
        var s = new SubscriptionScenario();
        s.Start(new ConflictException("user already subscribed")).Lists("SUBSCRIBED").Tags(new() { ["made-by"] = "cli" });

        var e = await Assert.ThrowsAsync<OperationFailedException>(() =>
            s.Create(Inputs(), importCommand: "terraform import awsidentity_licensemanager_product_subscription.alice"));

        Assert.EndsWith($"`terraform import awsidentity_licensemanager_product_subscription.alice {Id}`", e.Message);
        Assert.Equal(new Dictionary<string, string> { ["owner"] = "desktops" }, Assert.Single(s.Starts).Tags);
        Assert.DoesNotContain(s.F.Lines, l => l.Severity == OperationLogLevel.Warning);
    }
}
