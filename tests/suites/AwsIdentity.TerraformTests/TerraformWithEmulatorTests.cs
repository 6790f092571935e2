using AwsIdentity.TerraformHarness;

namespace AwsIdentity.TerraformTests;

/// <summary>The workspace aimed at a fresh emulator, and the audit of terraform's state against it (needs
/// bin/awsidentity-emulator: `make emulator`).</summary>
public sealed class TerraformWithEmulatorTests
{
    [Fact]
    public async Task TheEndpointsAreTheEmulatorsAndTheAuditComparesTheStateWithWhatLives()
    {
        await using var world = await TerraformWithEmulator.StartAsync(new TerraformWorkspaceOptions { Install = ProviderInstall.None });
        Assert.Equal(world.Emulator.Url, world.Workspace.Environment["AWS_ENDPOINT_URL_EKS"]);
        Assert.Equal(world.Emulator.Url, world.Workspace.Environment["AWS_ENDPOINT_URL_LICENSE_MANAGER_USER_SUBSCRIPTIONS"]);
        await world.Control.CreateClusterAsync("demo");
        Assert.Equal(0, (await world.InventoryAsync()).Count);
        Assert.True((await world.AuditAsync()).Clean); // no state yet: `state pull` prints nothing

        // A state naming a config the emulator does not hold (written by hand: `state pull` needs no provider).
        world.Workspace.WriteFile("terraform.tfstate", """
            {"version":4,"terraform_version":"1.11.4","serial":1,"lineage":"00000000-0000-0000-0000-000000000000","outputs":{},
             "resources":[{"mode":"managed","type":"awsidentity_eks_identity_provider_config","name":"corp",
               "provider":"provider[\"registry.terraform.io/awsidentity/awsidentity\"]",
               "instances":[{"schema_version":0,"attributes":{"id":"demo:corp"},"sensitive_attributes":[]}]}],
             "check_results":null}
            """);

        var audit = await world.AuditAsync();

        Assert.Equal(["demo:corp"], audit.Lost);
        Assert.Empty(audit.Orphans);
    }

    [Fact]
    public async Task TheControlClientSeedsClustersInARegionDirectoriesOfAProductAndMissingInstances()
    {
        await using var world = await TerraformWithEmulator.StartAsync(new TerraformWorkspaceOptions { Install = ProviderInstall.None });

        await world.Control.CreateClusterAsync("west", "us-west-2");
        await world.Control.RegisterDirectoryAsync("d-1234567890", "VISUAL_STUDIO_ENTERPRISE");
        await world.Control.SetInstanceNotFoundAsync("i-0123456789abcdef0");

        var state = await world.Control.StateAsync();
        Assert.Equal("arn:aws:eks:us-west-2:123456789012:cluster/west", (string?)state["clusters"]![0]!["arn"]);
        Assert.Equal("VISUAL_STUDIO_ENTERPRISE", (string?)state["identityProviders"]![0]!["product"]);
        Assert.Contains("i-0123456789abcdef0", state.ToJsonString());
    }
}
