using System.Diagnostics;
using AwsIdentity.Bench;

// make bench: dotnet run --project tests/programs/AwsIdentity.Bench -c Release -- --provider bin/pulumi-resource-awsidentity --out bench-results.json
var options = Options.Parse(args);
if (options is null)
{
    Console.Error.WriteLine("usage: AwsIdentity.Bench --provider <binary> [--out bench-results.json] [--runs 20] [--calls 10000] [--sections basic,terraform-startup,terraform-apply,convergence,scale,oneinstance,polling,refresh] [--convergence-baseline yes|no]");
    return 2;
}
var provider = Path.GetFullPath(options.Provider);
if (!File.Exists(provider))
{
    Console.Error.WriteLine($"provider binary not found: {provider} (run `make provider`)");
    return 2;
}

var clock = Stopwatch.StartNew();
var measure = new Measurements(provider);
Console.WriteLine($"awsidentity bench: {provider}, {Environment.ProcessorCount} cores, sections {string.Join(",", options.Sections)}");
List<Figure> figures = [];
if (options.Sections.Contains("basic"))
{
    Console.WriteLine($"start-up: {options.Runs} runs …");
    var starts = measure.StartTimesMs(options.Runs);
    Console.WriteLine("peak RSS after GetSchema + Check …");
    var rss = await measure.PeakRssMbAsync();
    Console.WriteLine($"latency: {options.Calls} Check and {options.Calls} Diff calls …");
    var (check, diff) = await measure.LatenciesMsAsync(options.Calls);
    figures.AddRange(
    [
        new("start.median", Measurements.Percentile(starts, 50), "ms", 60),
        new("start.p90", Measurements.Percentile(starts, 90), "ms"),
        new("rss.peak", rss, "MB", 40),
        new("check.p50", Measurements.Percentile(check, 50), "ms"),
        new("check.p99", Measurements.Percentile(check, 99), "ms"),
        new("diff.p50", Measurements.Percentile(diff, 50), "ms"),
        new("diff.p99", Measurements.Percentile(diff, 99), "ms"),
    ]);
}
if (options.Sections.Contains("terraform-startup"))
{
    Console.WriteLine($"terraform start-up: {options.Runs} runs with mutual TLS, {options.Runs} without …");
    figures.AddRange(await TerraformStartup.MeasureAsync(provider, options.Runs));
}
try
{
    if (options.Sections.Contains("terraform-apply")) figures.AddRange(await TerraformApplyBench.MeasureAsync(provider, CancellationToken.None));
    figures.AddRange(await LifecycleFigures.MeasureAsync(options.Sections, options.Baseline, CancellationToken.None));
}
finally
{
    AwsIdentity.Harness.ProcessGuard.KillAll();
}
var record = Report.Record(figures, provider);
Report.Append(options.Out, record);
Console.WriteLine();
Console.WriteLine(Report.Table(figures));
Console.WriteLine();
Console.WriteLine($"appended to {Path.GetFullPath(options.Out)} in {clock.Elapsed.TotalSeconds:0.0} s");
return figures.All(f => f.Pass != false) ? 0 : 1;

internal sealed record Options(string Provider, string Out, int Runs, int Calls, ISet<string> Sections, bool Baseline)
{
    private static readonly string[] AllSections = ["basic", "terraform-startup", "terraform-apply", "convergence", "scale", "oneinstance", "polling", "refresh"];

    public static Options? Parse(string[] args)
    {
        string? provider = null;
        var output = "bench-results.json";
        int runs = 20, calls = 10_000;
        ISet<string> sections = AllSections.ToHashSet();
        var baseline = true;
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            var value = args[i + 1];
            switch (args[i])
            {
                case "--provider": provider = value; break;
                case "--out": output = value; break;
                case "--runs" when int.TryParse(value, out var r) && r > 0: runs = r; break;
                case "--calls" when int.TryParse(value, out var c) && c > 0: calls = c; break;
                case "--sections" when value.Split(',').All(AllSections.Contains): sections = value.Split(',').ToHashSet(); break;
                case "--convergence-baseline" when value is "yes" or "no": baseline = value == "yes"; break;
                default: return null;
            }
        }
        return provider is null || args.Length % 2 != 0 ? null : new Options(provider, output, runs, calls, sections, baseline);
    }
}
