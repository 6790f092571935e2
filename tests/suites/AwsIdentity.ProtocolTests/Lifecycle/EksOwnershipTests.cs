using System.Text.Json.Nodes;

namespace AwsIdentity.ProtocolTests.Lifecycle;

/// <summary>
/// awsidentity:eks:IdentityProviderConfig adopts only what it created itself (issue 11, 2.2): a second stack for
/// the same config is refused, a config made outside Pulumi gets the import command, a create cut short by a crash
/// is taken over by the next up of the same stack (even with other tags, so another idempotency token), and the
/// marker stays out of tags and tagsAll.
/// </summary>
public sealed class EksOwnershipTests(LifecycleFixture fixture) : IClassFixture<LifecycleFixture>
{
    private static OwnedResource Config(string cluster) => new(AwsIdentity.Harness.Values.Eks, Programs.EksName,
        $"creating identity provider config {cluster}:corp-oidc", $"{cluster}:corp-oidc",
        "arn", "ACTIVE", edit => Programs.Eks(cluster, edit), state => state.Configs(cluster));

    [Fact]
    public async Task Create_SameConfigInASecondStack_FailsAsOwnedElsewhere_AndTheFirstStacksConfigSurvives() =>
        await OwnershipChecks.SecondStackIsRefusedAsync(fixture, Config(await fixture.NewClusterAsync()));

    [Fact]
    public async Task Create_ConfigAssociatedOutsidePulumi_FailsWithTheExactImportCommand_WhichThenWorks()
    {
        var cluster = await fixture.NewClusterAsync();
        using var outside = new OutsideAws(fixture);
        await outside.AssociateConfigAsync(cluster);
        await OwnershipChecks.OutsideObjectGetsTheImportCommandAsync(fixture, Config(cluster));
    }

    [Fact]
    public async Task Create_ProviderKilledMidCreate_TheNextUpOfTheSameStackWithOtherTagsAdoptsItsOwnConfig()
    {
        var config = Config(await fixture.NewClusterAsync());
        // Other tags: another idempotency token, so EKS does not replay the first request; only the marker tells.
        var (urn, next) = await OwnershipChecks.KilledCreateIsAdoptedAsync(fixture, config,
            config.Program(o => o["tags"] = new JsonObject { ["team"] = "identity" }));

        var arn = Programs.Json(next.State.Values.Single().Outputs).Str("arn")!;
        var live = (await fixture.Control.StateAsync()).TagsOf(arn);
        var expected = OwnerMarker.Plus(new JsonObject { ["owner"] = LifecycleFixture.DefaultTagOwner, ["team"] = "identity" }, urn);
        Assert.True(JsonNode.DeepEquals(expected, live), live.ToJsonString());
        await next.DestroyAsync();
        Assert.Empty(config.Live(await fixture.Control.StateAsync()));
    }

    [Fact]
    public async Task Marker_IsInAwsButNeverInTagsOrTagsAll_AndSurvivesTagUpdatesRefreshAndImport() =>
        await OwnershipChecks.MarkerIsKeptAndHiddenAsync(fixture, Config(await fixture.NewClusterAsync()));
}
