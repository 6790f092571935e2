using System.Diagnostics;
using AwsIdentity.Harness;

namespace AwsIdentity.Demo;

/// <summary>Starts the emulator seeded with the clusters the program refers to, then runs <see cref="DemoScenario"/> with a mode.</summary>
public static class DemoRunner
{
    public static async Task<CheckLog> RunAsync(IDemoDriver driver, string root, string stack, int transitionMs, Printer printer, Summary summary, CancellationToken ct)
    {
        var program = StackProgram.Load(root, stack);
        printer.Line($"program: {Path.Combine(root, "Pulumi.yaml")} (project {program.Project}, stack {stack}): " +
            string.Join(", ", program.Resources.Select(r => $"{r.Name} ({r.Type})")));
        var clock = Stopwatch.StartNew();
        await using var emulator = await EmulatorProcess.StartAsync(transitionMs);
        ProcessGuard.Track(emulator.Pid, "awsidentity-emulator");
        // The clusters only: the stack registers its directory itself (IdentityProviderRegistration), and the emulator
        // knows every well-formed instance id (tools/AwsIdentity.Emulator/README.md).
        foreach (var cluster in program.Clusters) await emulator.Control.CreateClusterAsync(cluster);
        printer.Line($"emulator: {emulator.Url} (pid {emulator.Pid}), transitions {transitionMs / 1000.0:0.#}s; seeded cluster(s) " +
            $"{string.Join(", ", program.Clusters)}; no directory registration (the stack makes it)");
        await using (driver)
        {
            var succeeded = false;
            try
            {
                await driver.StartAsync(emulator.Url, ct);
                summary.Add("start", "emulator up, stack created", clock.Elapsed);
                var scenario = new DemoScenario(driver, program, emulator, printer, summary);
                await scenario.RunAsync(ct);
                succeeded = true;
                var stats = await emulator.Control.StatsAsync();
                summary.Add("checks", $"{scenario.Log.Checks.Count} passed; the emulator served {stats["total"]} AWS API calls", TimeSpan.Zero);
                return scenario.Log;
            }
            finally
            {
                await driver.FinishAsync(succeeded, ct);
            }
        }
    }
}
