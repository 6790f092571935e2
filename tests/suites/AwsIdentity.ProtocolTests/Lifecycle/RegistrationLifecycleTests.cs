using System.Text.Json.Nodes;
using AwsIdentity.Harness;
using static AwsIdentity.ProtocolTests.Lifecycle.Programs;
using static AwsIdentity.ProtocolTests.Lifecycle.RegistrationPrograms;
using static AwsIdentity.ProtocolTests.Lifecycle.SubscriptionPrograms;
using Kind = Pulumirpc.PropertyDiff.Types.Kind;

namespace AwsIdentity.ProtocolTests.Lifecycle;

/// <summary>awsidentity:licensemanager:IdentityProviderRegistration: preview, create, no-op, tags and settings in place, import, destroy.</summary>
public sealed class RegistrationLifecycleTests(LifecycleFixture fixture) : IClassFixture<LifecycleFixture>
{
    [Fact]
    public async Task Preview_ShowsSettingsAndComputedOutputsUnknown_AndRegistersNothing()
    {
        var directory = NewDirectoryId();
        var engine = await fixture.NewEngineAsync();
        await fixture.Control.ResetStatsAsync();

        var step = Single(await engine.PreviewAsync([Registration(directory)]));

        Assert.Equal(StepKind.Create, step.Kind);
        var outputs = Json(step.Outputs);
        foreach (var key in new[] { "identityProviderArn", "status" }) Assert.Equal(Values.Unknown, outputs.Str(key));
        Assert.True(outputs["settings"] is null || outputs.Str("settings") == Values.Unknown, "settings left out are AWS's to choose: " + outputs.ToJsonString());
        Assert.Empty((await fixture.Control.StateAsync()).Registrations(directory));
        Assert.Equal(0, (await fixture.Control.StatsAsync())["total"]?.GetValue<int>());
    }

    [Fact]
    public async Task Create_WithoutSettings_ShowsAwsSettings_ThenIsSame_ThenTagsChangeInPlace_ThenDestroyDeregisters()
    {
        var directory = NewDirectoryId();
        var engine = await fixture.NewEngineAsync();
        await fixture.Control.ResetStatsAsync();

        var created = Single(await engine.UpAsync([Registration(directory)]));
        Assert.Equal(StepKind.Create, created.Kind);
        var entry = Assert.Single(engine.State.Values);
        Assert.Equal(RegistrationId(directory), entry.Id);
        var outputs = Json(entry.Outputs);
        var arn = outputs.Str("identityProviderArn")!;
        Assert.StartsWith("arn:aws:license-manager-user-subscriptions:us-east-1:123456789012:identity-provider/", arn);
        Assert.Equal("REGISTERED", outputs.Str("status"));
        Assert.Equal(DefaultSecurityGroup, outputs.Str("settings.securityGroupId"));
        Assert.Equal(DefaultSubnets, outputs["settings"]!["subnets"]!.AsArray().Select(n => n!.GetValue<string>()).Order(StringComparer.Ordinal));
        var live = await fixture.Control.StateAsync();
        Assert.Equal(("REGISTERED", arn), (Assert.Single(live.Registrations(directory)).Str("status"), live.Registrations(directory)[0].Str("arn")));
        var expectedTags = new JsonObject { ["owner"] = LifecycleFixture.DefaultTagOwner, ["team"] = "desktop" };
        Assert.True(JsonNode.DeepEquals(OwnerMarker.Plus(expectedTags, engine.Urn(Values.Registration, RegistrationName)), live.TagsOf(arn)),
            live.TagsOf(arn).ToJsonString());

        Assert.Equal(StepKind.Same, Single(await engine.UpAsync([Registration(directory)])).Kind);

        var retagged = Registration(directory, o => o["tags"]!["cost"] = "1234");
        var updated = Single(await engine.UpAsync([retagged]));
        Assert.Equal(StepKind.Update, updated.Kind);
        Assert.Equal(Kind.Add, updated.Detailed["tags.cost"]);
        Assert.Equal("1234", (await fixture.Control.StateAsync()).TagsOf(arn).Str("cost"));
        Assert.Equal(1, await fixture.Control.CallsAsync("RegisterIdentityProvider"));
        Assert.Equal(0, await fixture.Control.CallsAsync("UpdateIdentityProviderSettings"));

        Assert.Equal(StepKind.Delete, Single(await engine.DestroyAsync()).Kind);
        Assert.Empty(engine.State);
        Assert.Empty((await fixture.Control.StateAsync()).Registrations(directory));
        Assert.Equal(1, await fixture.Control.CallsAsync("DeregisterIdentityProvider"));
    }

    [Fact]
    public async Task Settings_ReorderedIsNoChange_AddedAndRemovedSubnetsAndGroupChangeInPlace_LeftOutKeepsAwsValues()
    {
        var directory = NewDirectoryId();
        var engine = await fixture.NewEngineAsync();
        const string sg = "sg-0123456789abcdef0";
        await engine.UpAsync([Registration(directory, o => o["settings"] = Settings(sg, "subnet-00000001", "subnet-00000002"))]);
        var arn = Json(engine.State.Values.Single().Outputs).Str("identityProviderArn");
        await fixture.Control.ResetStatsAsync();

        var reordered = Registration(directory, o => o["settings"] = Settings(sg, "subnet-00000002", "subnet-00000001"));
        Assert.Equal(StepKind.Same, Single(await engine.UpAsync([reordered])).Kind);

        var grown = Registration(directory, o => o["settings"] = Settings(sg, "subnet-00000002", "subnet-00000003", "subnet-00000001"));
        var added = Single(await engine.UpAsync([grown]));
        Assert.Equal(StepKind.Update, added.Kind);
        Assert.DoesNotContain(added.Detailed.Values, k => k is Kind.AddReplace or Kind.DeleteReplace or Kind.UpdateReplace);
        AssertLive(await fixture.Control.StateAsync(), directory, sg, "subnet-00000001", "subnet-00000002", "subnet-00000003");

        var moved = Registration(directory, o => o["settings"] = Settings("sg-0123456789abcdef1", "subnet-00000003"));
        Assert.Equal(StepKind.Update, Single(await engine.UpAsync([moved])).Kind);
        AssertLive(await fixture.Control.StateAsync(), directory, "sg-0123456789abcdef1", "subnet-00000003");
        Assert.Equal(2, await fixture.Control.CallsAsync("UpdateIdentityProviderSettings"));
        Assert.Equal(0, await fixture.Control.CallsAsync("RegisterIdentityProvider") + await fixture.Control.CallsAsync("DeregisterIdentityProvider"));

        var leftOut = Single(await engine.UpAsync([Registration(directory)]));
        Assert.Equal(StepKind.Same, leftOut.Kind);
        Assert.Equal("subnet-00000003", Json(engine.State.Values.Single().Outputs)["settings"]!["subnets"]![0]!.GetValue<string>());
        Assert.Equal(arn, Json(engine.State.Values.Single().Outputs).Str("identityProviderArn"));
        Assert.Equal(2, await fixture.Control.CallsAsync("UpdateIdentityProviderSettings"));

        await engine.DestroyAsync();
        Assert.Empty((await fixture.Control.StateAsync()).Registrations(directory));
    }

    [Fact]
    public async Task Import_ById_RebuildsTheInputs_AndTheSameProgramIsSame()
    {
        var directory = NewDirectoryId();
        var creator = await fixture.NewEngineAsync();
        await creator.UpAsync([Registration(directory)]);

        var engine = await fixture.NewEngineAsync();
        var imported = await engine.ImportAsync(Values.Registration, RegistrationName, RegistrationId(directory));

        Assert.Null(imported.Error);
        var entry = Assert.Single(engine.State.Values);
        Assert.Equal(RegistrationId(directory), entry.Id);
        Assert.Equal(directory, Json(entry.Inputs).Str("identityProvider.activeDirectoryIdentityProvider.directoryId"));
        Assert.Equal(Product, Json(entry.Inputs).Str("product"));
        Assert.Equal("REGISTERED", Json(entry.Outputs).Str("status"));
        Assert.Equal(StepKind.Same, Single(await engine.PreviewAsync([Registration(directory)])).Kind);

        await engine.DestroyAsync();
        Assert.Empty((await fixture.Control.StateAsync()).Registrations(directory));
    }

    [Theory]
    [InlineData("d-1234567890")]
    [InlineData("d-1234567890:")]
    [InlineData("d-1234567890:VISUAL_STUDIO_ENTERPRISE:alice")]
    public async Task Import_MalformedId_FailsNamingTheExpectedForm(string id)
    {
        var engine = await fixture.NewEngineAsync();
        var imported = await engine.ImportAsync(Values.Registration, RegistrationName, id);
        Assert.NotNull(imported.Error);
        Assert.Contains("<directoryId>:<product>", imported.Error);
        Assert.Empty(engine.State);
    }

    private static void AssertLive(JsonObject state, string directory, string securityGroupId, params string[] subnets)
    {
        var (liveSubnets, liveGroup) = Assert.Single(state.Registrations(directory)).LiveSettings();
        Assert.Equal(subnets, liveSubnets);
        Assert.Equal(securityGroupId, liveGroup);
    }
}
