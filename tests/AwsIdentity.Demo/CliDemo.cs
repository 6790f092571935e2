using System.Diagnostics;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using AwsIdentity.Harness;

namespace AwsIdentity.Demo;

/// <summary>
/// CLI mode: the real `pulumi` drives the root program (a copy in a temporary directory whose stack config points at
/// this run's emulator) with a file backend; the same steps as engine mode, checked against the emulator's state.
/// </summary>
public sealed partial class CliDemo(string pulumi, string root, string stack, int transitionMs, Printer printer, Summary summary)
{
    public async Task RunAsync(CancellationToken ct)
    {
        var program = StackProgram.Load(root, stack);
        var work = Directory.CreateTempSubdirectory("awsidentity-demo-");
        try
        {
            await using var emulator = await EmulatorProcess.StartAsync(transitionMs);
            ProcessGuard.Track(emulator.Pid, "awsidentity-emulator");
            foreach (var cluster in program.Clusters) await emulator.Control.CreateClusterAsync(cluster);
            foreach (var directory in program.Directories) await emulator.Control.RegisterDirectoryAsync(directory);
            printer.Line($"emulator: {emulator.Url}; program copied to {work.FullName} with its endpoints pointed there");
            CopyProgram(work.FullName, emulator.Url);
            Directory.CreateDirectory(Path.Combine(work.FullName, ".state"));
            var cli = new PulumiCli(pulumi, work.FullName, new Dictionary<string, string>
            {
                ["PULUMI_BACKEND_URL"] = "file://" + Path.Combine(work.FullName, ".state"),
                ["PULUMI_CONFIG_PASSPHRASE"] = "",
                ["PULUMI_SKIP_UPDATE_CHECK"] = "true",
                ["PATH"] = $"{Path.Combine(root, "bin")}:{Environment.GetEnvironmentVariable("PATH")}",
                ["AWS_ACCESS_KEY_ID"] = "test", ["AWS_SECRET_ACCESS_KEY"] = "test", ["AWS_REGION"] = "us-east-1",
            });
            var n = program.Resources.Count;
            await Step("stack init", () => cli.RunAsync("stack init", ct, "stack", "init", stack, "--non-interactive"));
            await Step("preview", () => cli.RunAsync("preview", ct, "preview", "--diff", "--non-interactive"));
            await Step("up", async () => { await cli.RunAsync("up", ct, "up", "--yes", "--skip-preview", "--diff", "--non-interactive"); await Live(emulator, n, "up"); });
            await Step("tag change", async () =>
            {
                await cli.RunAsync("tag change", ct, "config", "set", "owner", EngineDemo.NewOwner);
                await cli.RunAsync("tag change", ct, "preview", "--diff", "--non-interactive");
                await cli.RunAsync("tag change", ct, "up", "--yes", "--skip-preview", "--diff", "--non-interactive");
                var tags = (await emulator.Control.StateAsync())["tags"] as JsonObject ?? [];
                Expect.That(tags.Count(kv => kv.Value?["owner"]?.GetValue<string>() == EngineDemo.NewOwner) >= n, "tag change: the emulator does not show the new owner tag on every resource");
            });
            await Step("drift + refresh", async () =>
            {
                var state = await emulator.Control.StateAsync();
                var config = state["configs"]![0]!;
                await emulator.Control.UpdateConfigAsync(new JsonObject { ["cluster"] = config["clusterName"]!.GetValue<string>(), ["name"] = config["name"]!.GetValue<string>(), ["groupsClaim"] = "roles" });
                printer.Line("  out of band: oidc groupsClaim set to \"roles\"");
                await cli.RunAsync("refresh", ct, "refresh", "--yes", "--diff", "--non-interactive");
            });
            await Step("replacement", async () =>
            {
                await cli.RunAsync("replacement", ct, "config", "set", "issuerUrl", EngineDemo.NewIssuer);
                await cli.RunAsync("replacement", ct, "preview", "--diff", "--non-interactive");
                await cli.RunAsync("replacement", ct, "up", "--yes", "--skip-preview", "--diff", "--non-interactive");
                await Live(emulator, n, "replacement");
            });
            await Step("destroy", async () =>
            {
                await cli.RunAsync("destroy", ct, "destroy", "--yes", "--non-interactive");
                await Live(emulator, 0, "destroy");
                await cli.RunAsync("destroy", ct, "stack", "rm", stack, "--yes", "--force", "--non-interactive");
            });
        }
        finally
        {
            try { work.Delete(recursive: true); } catch (IOException) { }
        }
    }

    private async Task Step(string name, Func<Task> run)
    {
        var clock = Stopwatch.StartNew();
        printer.Header($"== {name}");
        await run();
        summary.Add(name, "ok", clock.Elapsed);
    }

    private static async Task Live(EmulatorProcess emulator, int expected, string step)
    {
        var inventory = await EmulatorInventory.ReadAsync(emulator.Control);
        Expect.That(inventory.Count == expected, $"{step}: expected {expected} live objects in the emulator, found {inventory.Count}");
    }

    /// <summary>Pulumi.yaml with its plugin path made absolute, and the stack file with its endpoints on this emulator.</summary>
    private void CopyProgram(string dir, string endpoint)
    {
        var project = File.ReadAllText(Path.Combine(root, "Pulumi.yaml"));
        File.WriteAllText(Path.Combine(dir, "Pulumi.yaml"), PluginPath().Replace(project, m => $"{m.Groups[1].Value}{Path.Combine(root, m.Groups[2].Value)}"));
        var stackFile = $"Pulumi.{stack}.yaml";
        var config = File.ReadAllText(Path.Combine(root, stackFile));
        File.WriteAllText(Path.Combine(dir, stackFile), LocalEndpoint().Replace(config, endpoint));
    }

    [GeneratedRegex(@"(path:\s*)(\./[^\s#]*)")]
    private static partial Regex PluginPath();

    [GeneratedRegex(@"http://(?:127\.0\.0\.1|localhost):\d+")]
    private static partial Regex LocalEndpoint();
}
