using System.Diagnostics;
using System.Runtime.InteropServices;
using AwsIdentity.Demo;
using AwsIdentity.Harness;

// make demo: dotnet run --project tools/AwsIdentity.Demo -c Release -- [--mode auto|engine|cli] [--terraform auto|off] [--transition-ms 3000] [--stack local] [--command-timeout 600]
var options = DemoOptions.Parse([.. args.Where(a => a.Length > 0)]);
if (options is null)
{
    Console.Error.WriteLine($"usage: AwsIdentity.Demo [--mode auto|engine|cli] [--terraform auto|off] [--transition-ms MS] [--stack NAME] [--root DIR] [--command-timeout SECONDS]");
    return 2;
}

using var cancel = new CancellationTokenSource();
var interrupts = 0;
void Interrupt(PosixSignalContext context)
{
    context.Cancel = true;
    Console.Error.WriteLine(Interlocked.Increment(ref interrupts) == 1
        ? $"{Environment.NewLine}make demo: {context.Signal}: stopping, cleaning up the emulator and provider …"
        : "make demo: stopping now");
    if (interrupts > 1) { ProcessGuard.KillAll(); Environment.Exit(130); }
    cancel.Cancel();
}
using var sigint = PosixSignalRegistration.Create(PosixSignal.SIGINT, Interrupt);
using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Interrupt);
using var sighup = PosixSignalRegistration.Create(PosixSignal.SIGHUP, Interrupt);

var root = options.Root ?? RepoPaths.RepoRoot();
var cli = options.Mode == "engine" ? null : PulumiCli.Find();
var why = cli is null ? "no `pulumi` on PATH" : await CliVersionCheck.RefusalAsync(cli, root, cancel.Token);
if (options.Mode == "cli" && why is not null)
{
    Console.Error.WriteLine($"make demo: --mode cli: {why}");
    return 1;
}
var mode = why is null ? "cli" : "engine";
var printer = new Printer();
var summary = new Summary();
var clock = Stopwatch.StartNew();
Console.WriteLine(mode == "cli"
    ? $"make demo: mode CLI — `pulumi` at {cli}: the real pulumi preview/up/refresh/destroy on a copy of {root}/Pulumi.yaml against the emulator (file backend)"
    : $"make demo: mode ENGINE — {(options.Mode == "engine" ? "--mode engine" : why)}: the test harness plays the Pulumi engine " +
      "(Check, Diff, Create/Update/Replace/Delete, Read) against the real provider binary and the emulator");
try
{
    IDemoDriver driver = mode == "cli"
        ? new CliDriver(cli!, root, options.Stack, printer, TimeSpan.FromSeconds(options.CommandTimeoutSeconds))
        : new EngineDriver(root, options.Stack, printer, summary);
    summary.Prefix = "pulumi: ";
    await DemoRunner.RunAsync(driver, root, options.Stack, options.TransitionMs, printer, summary, cancel.Token);
    ProcessGuard.KillAll();
    summary.Prefix = "terraform: ";
    var terraform = options.Terraform == "off" ? null : TerraformFlow.FindTerraform();
    printer.Header(terraform is null
        ? $"make demo: Terraform flow skipped — {(options.Terraform == "off" ? "--terraform off" : "no `terraform` on PATH")}"
        : $"make demo: Terraform flow — `terraform` at {terraform}: the same scenario with the real terraform plan/apply/destroy and the provider over plugin protocol 6");
    if (terraform is null) summary.Add("skipped", options.Terraform == "off" ? "--terraform off" : "no `terraform` on PATH", TimeSpan.Zero);
    else await new TerraformFlow(root, options.Stack, options.TransitionMs, printer, summary).RunAsync(cancel.Token);
}
catch (Exception e) when (cancel.IsCancellationRequested)
{
    ProcessGuard.KillAll();
    Console.Error.WriteLine($"make demo: interrupted after {clock.Elapsed.TotalSeconds:0.0}s ({e.GetType().Name}); the emulator and provider were stopped");
    return 130;
}
catch (DemoFailure e)
{
    ProcessGuard.KillAll();
    Console.Error.WriteLine($"{Environment.NewLine}make demo: FAILED: {e.Message}");
    return 1;
}
catch (Exception e)
{
    ProcessGuard.KillAll();
    Console.Error.WriteLine($"{Environment.NewLine}make demo: FAILED with an unexpected error: {e}");
    return 1;
}
ProcessGuard.KillAll();

Console.WriteLine();
Console.WriteLine($"Summary (Pulumi flow in mode {mode.ToUpperInvariant()}, stack {options.Stack}; then the Terraform flow):");
foreach (var line in summary.Lines(clock.Elapsed)) Console.WriteLine(line);
Console.WriteLine("make demo: OK — every check passed (the same checks in both Pulumi modes, their counterparts under terraform); no process left behind");
return 0;

internal sealed record DemoOptions(string Mode, int TransitionMs, string Stack, string? Root, int CommandTimeoutSeconds = 600, string Terraform = "auto")
{
    public static DemoOptions? Parse(string[] args)
    {
        var options = new DemoOptions("auto", 3000, "local", null);
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            var value = args[i + 1];
            options = args[i] switch
            {
                "--mode" when value is "auto" or "engine" or "cli" => options with { Mode = value },
                "--transition-ms" when int.TryParse(value, out var ms) && ms >= 0 => options with { TransitionMs = ms },
                "--terraform" when value is "auto" or "off" => options with { Terraform = value },
                "--stack" => options with { Stack = value },
                "--root" => options with { Root = Path.GetFullPath(value) },
                "--command-timeout" when int.TryParse(value, out var s) && s > 0 => options with { CommandTimeoutSeconds = s },
                _ => null,
            };
            if (options is null) return null;
        }
        return args.Length % 2 == 0 ? options : null;
    }
}
