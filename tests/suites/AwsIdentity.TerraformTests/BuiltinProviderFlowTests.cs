using System.Text.Json.Nodes;
using AwsIdentity.TerraformHarness;

namespace AwsIdentity.TerraformTests;

/// <summary>
/// Every command helper against the real CLI, with terraform's builtin `terraform_data` resource (no provider
/// binary, no init): the lifecycle our provider's tests will follow, so a harness fault shows here first.
/// </summary>
public sealed class BuiltinProviderFlowTests
{
    [Fact]
    public async Task PlanApplyNoChangesShowStatePullImportGenerateConfigDestroy()
    {
        using var ws = TerraformWorkspace.Create(new TerraformWorkspaceOptions { Install = ProviderInstall.None });
        ws.WriteMain("resource \"terraform_data\" \"x\" {\n  input = \"one\"\n}\n");

        Assert.True((await ws.PlanAsync()).HasChanges);
        (await ws.ApplyAsync()).EnsureSuccess();
        Assert.False((await ws.PlanAsync()).HasChanges);

        var shown = (await ws.ShowJsonAsync()).Resource("terraform_data.x");
        Assert.Equal("one", (string?)shown.Values["input"]);
        var state = await ws.StatePullAsync();
        var instance = state.Instance("terraform_data", "x");
        Assert.Equal(((string?)shown.Values["id"], false), ((string?)instance.Attributes["id"], instance.Tainted));

        ws.WriteMain("import {\n  to = terraform_data.y\n  id = \"imported\"\n}\n" + "resource \"terraform_data\" \"x\" {\n  input = \"one\"\n}\n");
        var (plan, generated) = await ws.GenerateConfigAsync();
        Assert.Contains("1 to import", plan.EnsureSuccess().Stdout);
        Assert.Contains("resource \"terraform_data\" \"y\"", generated);

        ws.WriteMain("resource \"terraform_data\" \"x\" {\n  input = \"one\"\n}\nresource \"terraform_data\" \"z\" {}\n");
        (await ws.ImportAsync("terraform_data.z", "by-cli")).EnsureSuccess();
        Assert.Equal("by-cli", (string?)(await ws.StatePullAsync()).Instance("terraform_data", "z").Attributes["id"]);

        (await ws.DestroyAsync()).EnsureSuccess();
        Assert.Empty((await ws.StatePullAsync()).Instances);
        Assert.Empty((await ws.ShowJsonAsync()).Resources);
    }

    [Fact]
    public async Task PositionalArgumentsStayAfterTheStandardFlags()
    {
        using var ws = TerraformWorkspace.Create(new TerraformWorkspaceOptions { Install = ProviderInstall.None });
        ws.WriteMain("resource \"terraform_data\" \"x\" {}\n");
        (await ws.ApplyAsync()).EnsureSuccess();

        (await ws.RunAsync(["state", "rm", "terraform_data.x"])).EnsureSuccess();

        Assert.Empty((await ws.StatePullAsync()).Instances);
        Assert.IsType<JsonObject>((await ws.StatePullAsync()).Document);
    }
}
