using System.Text.Json.Nodes;

namespace AwsIdentity.TerraformTests;

/// <summary>
/// AWS answers values in its own form (names in lower case, EKS's default username claim and prefix filled in, a
/// domain the program did not send): a refresh keeps the configuration's form where the two mean the same to AWS, so
/// the next plan has no changes instead of a replacement.
/// </summary>
public sealed class RefreshEchoTests
{
    [Theory]
    [InlineData("lowercaseNames", "true")]
    [InlineData("fillDefaults", "true")]
    [InlineData("defaultDomain", "\"corp.example.com\"")]
    public async Task AwsEchoingItsOwnForm_PlansNoChangesAfterApply(string echo, string value)
    {
        await using var world = await TfConfigs.World();
        await world.Control.EchoAsync(new JsonObject { [echo] = JsonNode.Parse(value) });
        world.Workspace.WriteMain(TfConfigs.Provider(world.Emulator.Url) + TfConfigs.Oidc() + TfConfigs.Association(user: "Alice"));

        (await world.Workspace.ApplyAsync()).EnsureSuccess();

        var plan = await world.Workspace.PlanAsync();
        Assert.False(plan.HasChanges, plan.ToString());
        // The audit compares ids exactly, and AWS's form of a name or domain differs from the state's id here: count instead.
        Assert.Equal(2, (await world.InventoryAsync()).Count);
    }
}
