using System.Diagnostics;
using System.Text.Json.Nodes;
using AwsIdentity.Harness;
using AwsIdentity.TerraformHarness;

namespace AwsIdentity.Demo;

/// <summary>
/// make demo's second flow: the scenario of <see cref="DemoScenario"/> as far as it maps onto the real `terraform`
/// CLI (issue 13), on the same program (Pulumi.yaml written as HCL by <see cref="TerraformProgram"/>) against a
/// fresh emulator seeded with the clusters only (the program registers its directory and subscribes its users
/// itself, issue 14): plan, apply, a plan with no changes, a tag change in place, drift and an
/// out-of-band delete seen by a refresh-only plan and applied to the state, a replacement (delete first: one OIDC
/// config per cluster), destroy leaving the emulator empty. Summary rows carry the "terraform" prefix.
/// </summary>
public sealed class TerraformFlow(string root, string stack, int transitionMs, Printer printer, Summary summary)
{
    public CheckLog Log { get; } = new(printer);

    /// <summary>`terraform` on PATH, or null (the flow is then skipped with a line saying so).</summary>
    public static string? FindTerraform()
    {
        try { return TerraformCli.Find(); }
        catch (FileNotFoundException) { return null; }
    }

    public async Task RunAsync(CancellationToken ct)
    {
        var program = StackProgram.Load(root, stack);
        var clock = Stopwatch.StartNew();
        await using var world = await TerraformWithEmulator.StartAsync(transitionMs: transitionMs);
        ProcessGuard.Track(world.Emulator.Pid, "awsidentity-emulator");
        foreach (var cluster in program.Clusters) await world.Control.CreateClusterAsync(cluster);
        printer.Line($"terraform: {world.Workspace.Terraform}, provider {world.Workspace.Package} (dev_overrides), work directory {world.Workspace.Dir}");
        printer.Line($"emulator: {world.Emulator.Url} (pid {world.Emulator.Pid}), transitions {transitionMs / 1000.0:0.#}s; seeded cluster(s) " +
            $"{string.Join(", ", program.Clusters)}; no directory registration (the program makes it)");
        var steps = new TerraformSteps(world, program, root, stack, printer, Log, ct);
        world.Workspace.WriteMain(TerraformProgram.Render(program, world.Emulator.Url));
        summary.Add("start", "emulator up, main.tf written from Pulumi.yaml", clock.Elapsed);
        await Step("plan", steps.PlanCreatesAsync);
        await Step("apply", steps.ApplyAsync);
        await Step("tag change", steps.TagChangeAsync);
        await Step("drift + refresh", steps.DriftAndRefreshAsync);
        await Step("replacement", steps.ReplacementAsync);
        await Step("destroy", steps.DestroyAsync);
        var stats = await world.Control.StatsAsync();
        summary.Add("checks", $"{Log.Checks.Count} passed; the emulator served {stats["total"]} AWS API calls", TimeSpan.Zero);
    }

    private async Task Step(string name, Func<Task<string>> run)
    {
        var clock = Stopwatch.StartNew();
        printer.Header($"== terraform: {name}");
        summary.Add(name, await run(), clock.Elapsed);
    }
}
