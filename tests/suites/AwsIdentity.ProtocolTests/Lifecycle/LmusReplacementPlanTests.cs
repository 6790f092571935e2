using System.Text.Json.Nodes;
using AwsIdentity.Harness;
using static AwsIdentity.ProtocolTests.Lifecycle.Programs;

namespace AwsIdentity.ProtocolTests.Lifecycle;

/// <summary>
/// Issue 11 §2.5: a preview that cannot see an identity value (it comes from another resource's output) must show the
/// replacement order up will take, or `pulumi up --plan` refuses the update. The preview's operations are the saved
/// plan; <see cref="PlanCheck"/> replays the engine's check of up's operations against it.
/// </summary>
public sealed class LmusReplacementPlanTests(LifecycleFixture fixture) : IClassFixture<LifecycleFixture>
{
    // A change of the AD settings forces a replacement. Up learns the value preview could not see: the same user
    // (written as AWS or the program spells it), or another user or instance. A saved plan must hold either way.
    [Theory]
    [InlineData("username", "alice")]
    [InlineData("username", "Alice")]
    [InlineData("domain", "CORP.example.com")]
    [InlineData("instanceId", null)]
    [InlineData("username", "bob")]
    [InlineData("instanceId", AnotherInstance)]
    public async Task PreviewWithAnUnknownIdentity_AndUpWithTheKnownValue_TakeTheSameReplacementOrder(string field, string? known)
    {
        var instance = LifecycleFixture.NewInstanceId();
        var target = field == "instanceId" ? (known == AnotherInstance ? LifecycleFixture.NewInstanceId() : instance) : null;
        var engine = await fixture.NewEngineAsync();
        await engine.UpAsync([Lmus(instance)]);
        Declared Program(JsonNode value) => Lmus(instance, edit: o =>
        {
            o["identityProvider"]!["activeDirectoryIdentityProvider"]!["activeDirectorySettings"]!["domainIpv4List"] = new JsonArray("10.0.2.10");
            o[field] = value;
        });

        var preview = Single(await engine.PreviewAsync([Program(Values.Unknown)]));
        var plan = engine.LastRunOps;
        var up = Single(await engine.UpAsync([Program(target ?? known!)]));
        var done = engine.LastRunOps;

        Assert.Equal(StepKind.Replace, preview.Kind);
        Assert.Equal(StepKind.Replace, up.Kind);
        Assert.True(preview.DeleteBeforeReplace, "preview cannot rule out the same user on the same instance: it must plan delete first");
        Assert.Equal(preview.DeleteBeforeReplace, up.DeleteBeforeReplace);
        Assert.Empty(PlanCheck.Errors(plan, done));
        var live = await fixture.Control.StateAsync();
        Assert.Equal("ASSOCIATED", Assert.Single(live.LiveAssociations(target ?? instance)).Str("status"));
        if (target is not null && target != instance) Assert.Empty(live.LiveAssociations(instance));
        await engine.DestroyAsync();
    }

    private const string AnotherInstance = "another instance";

    [Fact]
    public void PlanCheck_RefusesAnUpWhoseReplacementOrderDiffersFromThePlan()
    {
        const string urn = "urn:pulumi:dev::p::awsidentity:licensemanager:UserAssociation::user";
        var deleteFirst = new Dictionary<string, IReadOnlyList<string>> { [urn] = ["delete-replaced", "replace", "create-replacement"] };
        var createFirst = new Dictionary<string, IReadOnlyList<string>> { [urn] = ["create-replacement", "replace", "delete-replaced"] };

        Assert.Empty(PlanCheck.Errors(deleteFirst, deleteFirst));
        Assert.Contains("constrained to delete-replaced", Assert.Single(PlanCheck.Errors(deleteFirst, createFirst)));
        Assert.Contains("constrained to create-replacement", Assert.Single(PlanCheck.Errors(createFirst, deleteFirst)));
        Assert.Contains("none were seen", Assert.Single(PlanCheck.Errors(deleteFirst, new Dictionary<string, IReadOnlyList<string>> { [urn] = ["same"] })));
    }
}
