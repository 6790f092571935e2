using AwsIdentity.TerraformHarness;
using Xunit.Abstractions;

namespace AwsIdentity.TerraformTests;

/// <summary>
/// A `moved` block from `aws_eks_identity_provider_config` (hashicorp/aws 5.100.0) to our type: terraform 1.11 calls
/// our MoveResourceState (provider/AwsIdentity.Provider/Terraform/Wire/MoveRpc.cs) with the aws resource's stored
/// state, then refreshes it through us; AWS is not asked to change anything.
/// What terraform printed goes to the test output (`dotnet test --logger "console;verbosity=detailed"`).
/// </summary>
public sealed class AwsProviderMoveTests(ITestOutputHelper output)
{
    private const string Moved = """
        moved {
          from = aws_eks_identity_provider_config.x
          to   = awsidentity_eks_identity_provider_config.x
        }

        """;

    [Fact]
    public async Task MovedBlock_TakesTheAwsStateOver_WithoutAnyChangeInAws()
    {
        await using var world = await AwsProviderState.StartAsync(Moved + TfConfigs.Oidc(label: "x"));
        var ws = world.Workspace;

        var plan = (await ws.RunAsync(["plan", "-out=move.tfplan"])).EnsureSuccess();
        output.WriteLine(plan.ToString());
        AwsProviderState.Says(plan, "# aws_eks_identity_provider_config.x has moved to awsidentity_eks_identity_provider_config.x");
        AwsProviderState.Says(plan, "Plan: 0 to add, 0 to change, 0 to destroy.");

        var apply = (await ws.RunAsync(["apply", "move.tfplan"])).EnsureSuccess();
        output.WriteLine(apply.ToString());
        AwsProviderState.Says(apply, "Apply complete! Resources: 0 added, 0 changed, 0 destroyed.");
        var moved = (await AwsProviderState.TakenOverAsync(world, output.WriteLine)).Instance(TfConfigs.Eks, "x");
        Assert.Equal(AwsProviderState.Id, (string?)moved.Attributes["id"]);
        // From the ARN (MoveRpc.Reshape): without it the plan above would update the region in place.
        Assert.Equal("us-east-1", (string?)moved.Attributes["region"]);
    }

    [Fact]
    public async Task MovedBlock_IntoTheOtherType_FailsThePlan_NamingTheWayThatWorks()
    {
        await using var world = await AwsProviderState.StartAsync("""
            moved {
              from = aws_eks_identity_provider_config.x
              to   = awsidentity_licensemanager_user_association.x
            }

            """ + TfConfigs.Association(label: "x"));
        var ws = world.Workspace;

        var plan = (await ws.PlanAsync()).EnsureFailure();
        output.WriteLine(plan.ToString());
        var said = plan.Stderr.ReplaceLineEndings(" ");
        Assert.Contains("Error: Unsupported resource move", said, StringComparison.Ordinal);
        Assert.Contains("use a removed block with destroy = false and an import block", said, StringComparison.Ordinal);
        Assert.Equal(["aws_eks_identity_provider_config.x"], (await ws.StatePullAsync()).Instances.Select(i => $"{i.Type}.{i.Name}"));
        Assert.Equal([AwsProviderState.Id], (await world.InventoryAsync()).Configs);
    }
}
