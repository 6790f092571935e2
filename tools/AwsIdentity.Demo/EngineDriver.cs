using System.Text.Json.Nodes;
using AwsIdentity.Harness;

namespace AwsIdentity.Demo;

/// <summary>
/// Engine mode: the harness's MiniEngine plays `pulumi` (Check → Diff → Create/Update/Replace/Delete, Read for
/// refresh) against bin/pulumi-resource-awsidentity, with a fake engine receiving its logs and status lines, and
/// bin/awsidentity-emulator standing in for AWS. Its steps and state go to <see cref="DemoScenario"/> in the CLI's
/// shapes (<see cref="EngineObservations"/>), which checks them as it checks CLI mode's.
/// </summary>
public sealed partial class EngineDriver(string root, string stack, Printer printer, Summary summary) : IDemoDriver
{
    private readonly List<StepEvent> _events = [];
    private readonly Dictionary<string, string> _overrides = [];
    private MiniEngine _engine = null!;
    private FakeEngine? _fakeEngine;
    private ProviderProcess? _provider;
    private StackProgram _program = null!;
    private Dictionary<string, JsonObject> _before = [];
    private int _statusLines;

    private string Title(string verb) => $"{verb} ({_program.Project}/{stack}):";

    public async Task StartAsync(string emulatorUrl, CancellationToken ct)
    {
        _program = StackProgram.Load(root, stack);
        var fakeEngine = _fakeEngine = await FakeEngine.StartAsync();
        fakeEngine.OnLog += printer.Log;
        var provider = _provider = await ProviderProcess.StartAsync(fakeEngine.Address);
        ProcessGuard.Track(provider.Pid, RepoPaths.BinaryName);
        printer.Line($"provider: {RepoPaths.ProviderBinary()} (pid {provider.Pid}, port {provider.Port}, started in " +
            $"{provider.StartTime.TotalMilliseconds:0} ms); engine: fake engine at {fakeEngine.Address}");
        _engine = new MiniEngine(provider.Client, _program.Project, stack);
        _engine.OnStep += OnStep;
        await _engine.ConfigureAsync(_program.ProviderConfigFor(emulatorUrl));
    }

    public Task SetConfigAsync(string key, string value, CancellationToken ct)
    {
        _overrides[key] = value;
        _program = StackProgram.Load(root, stack, _overrides);
        printer.Line($"$ pulumi config set {key} {value}");
        return Task.CompletedTask;
    }

    public Task<Plan> PreviewAsync(CancellationToken ct) => Plan(Title("Previewing update"), () => _engine.PreviewAsync(Resolved(_program.Resources), ct), Resolved());

    public Task<Plan> PreviewExpectNoChangesAsync(CancellationToken ct) =>
        Plan(Title("Previewing update, expecting no changes"), () => _engine.PreviewAsync(Resolved(_program.Resources), ct), Resolved());

    public async Task UpAsync(CancellationToken ct)
    {
        var status = _fakeEngine!.StatusLines.Count;
        await Run(Title("Updating"), () => UpInOrderAsync(ct), Resolved());
        PrintOutputs();
        _statusLines += _fakeEngine.StatusLines.Count - status;
        printer.Line($"  ({_fakeEngine.StatusLines.Count - status} status lines from the provider while it waited)");
    }

    public async Task RefreshAsync(CancellationToken ct)
    {
        _refreshing = true;
        try
        {
            await Run(Title("Refreshing"), () => _engine.RefreshAsync(ct), null);
        }
        finally
        {
            _refreshing = false;
        }
    }

    public Task DestroyAsync(CancellationToken ct) => Run(Title("Destroying"), () => DestroyInOrderAsync(ct), null);

    public Task<StackState> StateAsync(CancellationToken ct) => Task.FromResult(EngineObservations.State(_engine.State.Values));

    public Task FinishAsync(bool succeeded, CancellationToken ct)
    {
        if (succeeded) summary.Add("provider", $"{_statusLines} status lines while waiting", TimeSpan.Zero);
        return Task.CompletedTask;
    }

    public async ValueTask DisposeAsync()
    {
        if (_provider is not null) await _provider.DisposeAsync();
        if (_fakeEngine is not null) await _fakeEngine.DisposeAsync();
    }

    private async Task<Plan> Plan(string title, Func<Task<IReadOnlyList<StepEvent>>> run, StackProgram program)
    {
        await Run(title, run, program);
        lock (_events) return EngineObservations.Plan([.. _events]);
    }

    /// <summary>Runs one engine operation, printing its steps as they complete; a failed step fails the demo.</summary>
    private async Task<IReadOnlyList<StepEvent>> Run(string title, Func<Task<IReadOnlyList<StepEvent>>> run, StackProgram? program)
    {
        printer.Header(title);
        _before = _engine.State.Values.ToDictionary(s => s.Urn,
            s => new JsonObject { ["inputs"] = Values.ToJson(s.Inputs), ["outputs"] = Values.ToJson(s.Outputs) });
        _current = program;
        _printedSame.Clear();
        lock (_events) _events.Clear();
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
        if (e.Kind == StepKind.Same && (_current is null || !_printedSame.Add(e.Urn))) return; // later levels of one up, or a destroy's
        var before = _before.GetValueOrDefault(e.Urn);
        var declared = _current?.Resources.FirstOrDefault(r => _engine.Urn(r.Type, r.Name) == e.Urn);
        if (e.Kind == StepKind.Refresh)
            printer.Step(e, before?["outputs"], Values.ToJson(e.Outputs));
        else if (e.Kind == StepKind.Delete && _refreshing)
            printer.Step(e, null, null, refreshDeleted: true);
        else if (e.Kind == StepKind.Delete && declared is not null)
            printer.Line($"  -- {e.Type,-56} {e.Name,-22} {(e.Preview ? "delete-replaced" : $"deleted for replacement ({Printer.Seconds(e.Elapsed)})")}");
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

    private void PrintOutputs()
    {
        printer.Line("  Outputs:");
        foreach (var (name, expression) in _program.Outputs)
        {
            var value = YamlValues.Interpolate(expression, reference =>
            {
                var dot = reference.IndexOf('.');
                var entry = dot < 0 ? null : _engine.State.Values.FirstOrDefault(s => s.Name == reference[..dot]);
                return entry is null ? null : PropertyPaths.Get(Values.ToJson(entry.Outputs), reference[(dot + 1)..]);
            }, $"outputs.{name}");
            printer.Line($"      {name}: {PropertyPaths.Format(value)}");
        }
    }
}
