namespace AwsIdentity.TerraformTests;

/// <summary>
/// One OIDC config per cluster (ARCHITECTURE.md "AWS facts") under `create_before_destroy`, which terraform never shows
/// a provider: the replacement's create finds the cluster still holding the config it replaces and is refused before
/// AssociateIdentityProviderConfig is called, with an error that says why and what to change.
/// </summary>
public sealed class CreateBeforeDestroyTests
{
    [Fact]
    public async Task CreateBeforeDestroy_OnTheSameCluster_FailsBeforeAssociating_AndSaysWhatToChange()
    {
        await using var world = await TfConfigs.World();
        const string cbd = "  lifecycle {\n    create_before_destroy = true\n  }\n";
        world.Workspace.WriteMain(TfConfigs.Provider(world.Emulator.Url) + TfConfigs.Oidc(body: cbd));
        (await world.Workspace.ApplyAsync()).EnsureSuccess();
        await world.Control.ResetStatsAsync();

        world.Workspace.WriteMain(TfConfigs.Provider(world.Emulator.Url) + TfConfigs.Oidc(name: "corp2", body: cbd));
        var apply = await world.Workspace.ApplyAsync();

        Assert.Equal(1, apply.ExitCode);
        var error = apply.Stderr.ReplaceLineEndings(" ");
        Assert.Contains("create_before_destroy", error);
        Assert.Contains("demo:corp", error);
        Assert.Equal(0, await world.Control.CallsAsync("AssociateIdentityProviderConfig"));
        Assert.True((await world.AuditAsync()).Clean);
        Assert.Equal("demo:corp", (string?)(await world.Workspace.StatePullAsync()).Instance(TfConfigs.Eks, "oidc").Attributes["id"]);
    }
}
