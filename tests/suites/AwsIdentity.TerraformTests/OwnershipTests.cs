using AwsIdentity.TerraformHarness;

namespace AwsIdentity.TerraformTests;

/// <summary>
/// Terraform gives a provider no resource address, so nothing proves who owns an existing user association: a create
/// that finds one is refused with the `terraform import` command and the real id, and the association is untouched.
/// </summary>
public sealed class OwnershipTests
{
    private const string Id = $"{TfConfigs.Instance}:{TfConfigs.Directory}:alice";

    [Fact]
    public async Task ExistingAssociationOfAnotherWorkspace_IsNotAdopted_TheErrorGivesTheImportCommandAndId()
    {
        await using var world = await TfConfigs.World();
        using var other = TerraformWorkspace.Create(new() { EmulatorUrl = world.Emulator.Url });
        other.WriteMain(TfConfigs.Provider(world.Emulator.Url) + TfConfigs.Association(label: "theirs"));
        (await other.ApplyAsync()).EnsureSuccess();
        var before = (await world.Control.StateAsync())["associations"]!.ToJsonString();
        await world.Control.ResetStatsAsync();

        world.Workspace.WriteMain(TfConfigs.Provider(world.Emulator.Url) + TfConfigs.Association());
        var apply = await world.Workspace.ApplyAsync();

        Assert.Equal(1, apply.ExitCode);
        var error = apply.Stderr.ReplaceLineEndings(" ");
        Assert.True(System.Text.RegularExpressions.Regex.IsMatch(error, @"`terraform\s+import\s+<ADDRESS>\s+" + Id + "`"), error);
        Assert.Contains("terraform does not tell", error);
        Assert.Contains($"{TfConfigs.Lmus}.", error);
        Assert.Equal(before, (await world.Control.StateAsync())["associations"]!.ToJsonString());
        Assert.Equal(0, await world.Control.CallsAsync("DisassociateUser"));
        Assert.Empty((await world.Workspace.StatePullAsync()).Instances);
        Assert.False((await other.PlanAsync()).HasChanges);
    }
}
