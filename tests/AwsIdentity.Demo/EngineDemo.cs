using System.Diagnostics;
using System.Text.Json.Nodes;
using AwsIdentity.Harness;

namespace AwsIdentity.Demo;

/// <summary>
/// Engine mode: the harness's MiniEngine plays `pulumi` (Check → Diff → Create/Update/Replace/Delete, Read for
/// refresh) against bin/pulumi-resource-awsidentity, with a fake engine receiving its logs and status lines,
/// and bin/awsidentity-emulator standing in for AWS. Every step's outcome is checked against what pulumi would do.
/// </summary>
public sealed partial class EngineDemo(string root, string stack, int transitionMs, Printer printer, Summary summary)
{
    public const string NewOwner = "identity-team@example.com";
    public const string NewIssuer = "https://sso-v2.example.com";

    private readonly List<StepEvent> _events = [];
    private EmulatorProcess _emulator = null!;
    private MiniEngine _engine = null!;
    private FakeEngine _fakeEngine = null!;
    private StackProgram _program = null!;
    private Dictionary<string, JsonObject> _before = [];

    private StackProgram Load(Dictionary<string, string>? overrides = null) => StackProgram.Load(root, stack, overrides);

    public async Task RunAsync(CancellationToken ct)
    {
        _program = Load();
        printer.Line($"program: {Path.Combine(root, "Pulumi.yaml")} (project {_program.Project}, stack {stack}): " +
            string.Join(", ", _program.Resources.Select(r => $"{r.Name} ({r.Type})")));
        var clock = Stopwatch.StartNew();
        await using var emulator = _emulator = await EmulatorProcess.StartAsync(transitionMs);
        ProcessGuard.Track(emulator.Pid, "awsidentity-emulator");
        foreach (var cluster in _program.Clusters) await emulator.Control.CreateClusterAsync(cluster);
        foreach (var directory in _program.Directories) await emulator.Control.RegisterDirectoryAsync(directory);
        printer.Line($"emulator: {emulator.Url} (pid {emulator.Pid}), transitions {transitionMs / 1000.0:0.#}s; seeded cluster(s) " +
            $"{string.Join(", ", _program.Clusters)} and directory(s) {string.Join(", ", _program.Directories)}");

        await using var fakeEngine = _fakeEngine = await FakeEngine.StartAsync();
        fakeEngine.OnLog += printer.Log;
        await using var provider = await ProviderProcess.StartAsync(fakeEngine.Address);
        ProcessGuard.Track(provider.Pid, RepoPaths.BinaryName);
        printer.Line($"provider: {RepoPaths.ProviderBinary()} (pid {provider.Pid}, port {provider.Port}, started in " +
            $"{provider.StartTime.TotalMilliseconds:0} ms); engine: fake engine at {fakeEngine.Address}");
        _engine = new MiniEngine(provider.Client, _program.Project, stack);
        _engine.OnStep += OnStep;
        await _engine.ConfigureAsync(_program.ProviderConfigFor(emulator.Url));
        summary.Add("start", "emulator, fake engine and provider up, provider configured", clock.Elapsed);

        await PreviewAndUpAsync(ct);
        await TagChangeAsync(ct);
        await DriftAndRefreshAsync(ct);
        await ReplacementAsync(ct);
        await DestroyAsync(ct);
        var stats = await emulator.Control.StatsAsync();
        summary.Add("emulator", $"{stats["total"]} AWS API calls served, {fakeEngine.StatusLines.Count} status lines from the provider", TimeSpan.Zero);
    }

    /// <summary>Runs one engine operation, printing its steps as they complete; a failed step fails the demo.</summary>
    private async Task<IReadOnlyList<StepEvent>> Run(string title, Func<Task<IReadOnlyList<StepEvent>>> run, StackProgram? program)
    {
        printer.Header(title);
        _before = _engine.State.Values.ToDictionary(s => s.Urn,
            s => new JsonObject { ["inputs"] = Values.ToJson(s.Inputs), ["outputs"] = Values.ToJson(s.Outputs) });
        _current = program;
        _events.Clear();
        try
        {
            return await run();
        }
        catch (EngineRunException e)
        {
            throw new DemoFailure($"{title.TrimEnd(':')}: {e.Message}");
        }
    }

    private StackProgram? _current;

    private void OnStep(StepEvent e)
    {
        lock (_events) _events.Add(e);
        var before = _before.GetValueOrDefault(e.Urn);
        var declared = _current?.Resources.FirstOrDefault(r => _engine.Urn(r.Type, r.Name) == e.Urn);
        if (e.Kind == StepKind.Refresh)
            printer.Step(e, before?["outputs"], Values.ToJson(e.Outputs));
        else if (e.Kind == StepKind.Delete && _refreshing)
            printer.Step(e, null, null, refreshDeleted: true);
        else if (e.Kind == StepKind.Delete && declared is not null)
            printer.Line($"  -- {e.Type,-44} {e.Name,-22} {(e.Preview ? "delete-replaced" : $"deleted for replacement ({Printer.Seconds(e.Elapsed)})")}");
        else if (e.Kind is StepKind.Update or StepKind.Replace)
            printer.Step(e, Overlay(before?["outputs"], before?["inputs"]), Overlay(e.Outputs is null ? null : Values.ToJson(e.Outputs), declared?.Inputs));
        else
            printer.Step(e, before?["inputs"], declared?.Inputs);
    }

    /// <summary>Outputs with the inputs on top: diff paths name inputs and computed outputs (tagsAll) alike.</summary>
    private static JsonObject Overlay(JsonNode? outputs, JsonNode? inputs)
    {
        var view = outputs?.DeepClone() as JsonObject ?? [];
        foreach (var (k, v) in inputs as JsonObject ?? []) view[k] = v?.DeepClone();
        return view;
    }

    private bool _refreshing;

    private static string Counts(IEnumerable<StepEvent> events, bool preview)
    {
        var parts = events.GroupBy(e => e.Kind).OrderBy(g => g.Key).Select(g => $"{g.Count()} {Word(g.Key, preview)}");
        return string.Join(", ", parts);
    }

    private static string Word(StepKind kind, bool preview) => (kind, preview) switch
    {
        (StepKind.Same, _) => "unchanged",
        (StepKind.Refresh, _) => "refreshed",
        (_, true) => $"to {kind.ToString().ToLowerInvariant()}",
        (StepKind.Replace, false) => "replaced",
        _ => kind.ToString().ToLowerInvariant() + "d",
    };

    private async Task Audit(string step, int expectedLive)
    {
        var inventory = await EmulatorInventory.ReadAsync(_emulator.Control);
        var audit = inventory.Compare(_engine.State.Values);
        Expect.That(audit.Clean, $"{step}: the emulator does not hold what the stack records: {audit}");
        Expect.That(inventory.Count == expectedLive, $"{step}: expected {expectedLive} live objects in the emulator, found {inventory.Count}");
    }
}
