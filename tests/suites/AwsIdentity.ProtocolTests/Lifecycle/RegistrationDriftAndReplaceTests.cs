using System.Text.Json.Nodes;
using AwsIdentity.Harness;
using static AwsIdentity.ProtocolTests.Lifecycle.Programs;
using static AwsIdentity.ProtocolTests.Lifecycle.RegistrationPrograms;
using static AwsIdentity.ProtocolTests.Lifecycle.SubscriptionPrograms;
using Kind = Pulumirpc.PropertyDiff.Types.Kind;

namespace AwsIdentity.ProtocolTests.Lifecycle;

/// <summary>awsidentity:licensemanager:IdentityProviderRegistration: refresh after out-of-band changes, and replacement order.</summary>
public sealed class RegistrationDriftAndReplaceTests(LifecycleFixture fixture) : IClassFixture<LifecycleFixture>
{
    [Fact]
    public async Task Refresh_AfterOutOfBandSettingsChange_ShowsDrift_AndTheNextUpPutsTheDeclaredSettingsBack()
    {
        var directory = NewDirectoryId();
        var engine = await fixture.NewEngineAsync();
        var declared = Registration(directory, o => o["settings"] = Settings("sg-0123456789abcdef0", "subnet-00000001", "subnet-00000002"));
        await engine.UpAsync([declared]);

        await fixture.Control.UpdateRegistrationAsync(directory, Product, o => o["subnets"] = new JsonArray("subnet-00000009"));
        var refreshed = Single(await engine.RefreshAsync());

        Assert.Null(refreshed.Error);
        Assert.Contains("settings", refreshed.Detailed.Keys);
        Assert.Equal("subnet-00000009", Json(engine.State.Values.Single().Outputs)["settings"]!["subnets"]![0]!.GetValue<string>());
        var preview = Single(await engine.PreviewAsync([declared]));
        Assert.Equal(StepKind.Update, preview.Kind);
        Assert.DoesNotContain(preview.Detailed.Values, k => k is Kind.AddReplace or Kind.DeleteReplace or Kind.UpdateReplace);

        Assert.Equal(StepKind.Update, Single(await engine.UpAsync([declared])).Kind);
        var (subnets, _) = Assert.Single((await fixture.Control.StateAsync()).Registrations(directory)).LiveSettings();
        Assert.Equal(["subnet-00000001", "subnet-00000002"], subnets);
        await engine.DestroyAsync();
    }

    [Fact]
    public async Task Refresh_AfterOutOfBandSettingsChange_WithSettingsLeftOut_TakesAwsValues_AndNoDiff()
    {
        var directory = NewDirectoryId();
        var engine = await fixture.NewEngineAsync();
        await engine.UpAsync([Registration(directory)]);

        await fixture.Control.UpdateRegistrationAsync(directory, Product, o => o["securityGroupId"] = "sg-0123456789abcdef9");
        Assert.Null(Single(await engine.RefreshAsync()).Error);

        Assert.Equal("sg-0123456789abcdef9", Json(engine.State.Values.Single().Outputs).Str("settings.securityGroupId"));
        Assert.Equal(StepKind.Same, Single(await engine.UpAsync([Registration(directory)])).Kind);
        await engine.DestroyAsync();
    }

    [Fact]
    public async Task Refresh_AfterOutOfBandDeregistration_DropsTheResource_AndUpRegistersAgain()
    {
        var directory = NewDirectoryId();
        var engine = await fixture.NewEngineAsync();
        await engine.UpAsync([Registration(directory)]);
        var arn = Json(engine.State.Values.Single().Outputs).Str("identityProviderArn");

        await fixture.Control.DeleteRegistrationAsync(directory, Product);
        var refreshed = Single(await engine.RefreshAsync());

        Assert.Equal(StepKind.Delete, refreshed.Kind);
        Assert.Null(refreshed.Error);
        Assert.Empty(engine.State);
        var again = Single(await engine.UpAsync([Registration(directory)]));
        Assert.Equal(StepKind.Create, again.Kind);
        Assert.NotEqual(arn, Json(again.Outputs).Str("identityProviderArn"));
        Assert.Equal("REGISTERED", Assert.Single((await fixture.Control.StateAsync()).Registrations(directory)).Str("status"));
        await engine.DestroyAsync();
        Assert.Empty((await fixture.Control.StateAsync()).Registrations(directory));
    }

    [Fact]
    public async Task Replace_ProductChange_DeregistersTheOldBeforeRegisteringTheNew()
    {
        var directory = NewDirectoryId();
        var engine = await fixture.NewEngineAsync();
        await engine.UpAsync([Registration(directory)]);
        await fixture.Control.ResetStatsAsync();
        var moved = Registration(directory, o => o["product"] = OtherProduct);

        var preview = Single(await engine.PreviewAsync([moved]));
        Assert.Equal(StepKind.Replace, preview.Kind);
        Assert.True(preview.DeleteBeforeReplace);
        var urn = engine.Urn(Values.Registration, RegistrationName);
        Assert.Equal(["delete-replaced", "replace", "create-replacement"], engine.LastRunOps[urn]);
        var replaced = Single(await engine.UpAsync([moved]));

        Assert.Equal(StepKind.Replace, replaced.Kind);
        Assert.True(replaced.DeleteBeforeReplace);
        Assert.Equal(Kind.UpdateReplace, replaced.Detailed["product"]);
        Assert.Equal(["delete-replaced", "replace", "create-replacement"], engine.LastRunOps[urn]);
        Assert.Equal(1, await fixture.Control.CallsAsync("DeregisterIdentityProvider"));
        Assert.Equal(1, await fixture.Control.CallsAsync("RegisterIdentityProvider"));
        var registration = Assert.Single((await fixture.Control.StateAsync()).Registrations(directory));
        Assert.Equal((OtherProduct, "REGISTERED"), (registration.Str("product"), registration.Str("status")));
        Assert.Equal(RegistrationId(directory, OtherProduct), Assert.Single(engine.State.Values).Id);

        await engine.DestroyAsync();
        Assert.Empty((await fixture.Control.StateAsync()).Registrations(directory));
    }
}
