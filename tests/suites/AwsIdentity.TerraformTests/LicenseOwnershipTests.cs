using System.Text.RegularExpressions;
using AwsIdentity.Harness;
using AwsIdentity.TerraformHarness;
using static AwsIdentity.TerraformTests.LmusConfigs;

namespace AwsIdentity.TerraformTests;

/// <summary>
/// Under terraform nothing proves who made an existing registration or subscription (creates carry no resource
/// address), so a create that meets one is refused with the `terraform import` command and the real id, and AWS is
/// left as it was: no deregistration, no stop.
/// </summary>
public sealed class LicenseOwnershipTests
{
    private static void AssertImportAdvice(string stderr, string type, string id)
    {
        var error = stderr.ReplaceLineEndings(" ");
        Assert.True(Regex.IsMatch(error, @"`terraform\s+import\s+<ADDRESS>\s+" + Regex.Escape(id) + "`"), error);
        Assert.Contains($"{type}.", error);
    }

    [Fact]
    public async Task ExistingRegistrationAndSubscription_AreNotAdopted_TheErrorsGiveTheImportCommandAndIds()
    {
        await using var world = await TerraformWithEmulator.StartAsync();
        await world.Control.RegisterDirectoryAsync(TfConfigs.Directory, Product);
        await world.Control.SeedSubscriptionAsync(TfConfigs.Directory, Product, "alice", null);
        var before = (await world.Control.StateAsync()).ToJsonString();
        await world.Control.ResetStatsAsync();

        world.Workspace.WriteMain(TfConfigs.Provider(world.Emulator.Url) + RegistrationBlock() + SubscriptionBlock());
        var apply = await world.Workspace.ApplyAsync();

        Assert.Equal(1, apply.ExitCode);
        AssertImportAdvice(apply.Stderr, Registration, $"{TfConfigs.Directory}:{Product}");
        AssertImportAdvice(apply.Stderr, Subscription, $"{TfConfigs.Directory}:{Product}:alice");
        Assert.Equal(0, await world.Control.CallsAsync("DeregisterIdentityProvider") + await world.Control.CallsAsync("StopProductSubscription"));
        Assert.Equal(before, (await world.Control.StateAsync()).ToJsonString());
        Assert.Empty((await world.Workspace.StatePullAsync()).Instances);
    }
}
