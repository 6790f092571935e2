using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Pulumirpc;
using DiffKind = Pulumirpc.PropertyDiff.Types.Kind;

namespace AwsIdentity.Harness;

public sealed partial class MiniEngine
{
    // Per URN, per input property, the URNs its value came from (the state's propertyDependencies), and the order the
    // resources were first registered in (the snapshot's order, which the engine's DependencyGraph walks).
    private readonly ConcurrentDictionary<string, IReadOnlyDictionary<string, IReadOnlySet<string>>> _dependencies = new();
    private readonly List<string> _registered = [];

    public Task<IReadOnlyList<StepEvent>> PreviewChainAsync(IReadOnlyList<Chained> program, CancellationToken ct = default) =>
        RunChainAsync(program, preview: true, ct);

    public Task<IReadOnlyList<StepEvent>> UpChainAsync(IReadOnlyList<Chained> program, CancellationToken ct = default) =>
        RunChainAsync(program, preview: false, ct);

    /// <summary>`pulumi destroy` of a stack whose resources depend on each other: dependents are deleted first.</summary>
    public Task<IReadOnlyList<StepEvent>> DestroyChainAsync(CancellationToken ct = default) => RunChainAsync([], preview: false, ct);

    /// <summary>
    /// A program that registers its resources one after another, each once the outputs it uses are known. A
    /// delete-before-replace replacement first deletes the dependents that the replacement would replace, in reverse
    /// dependency order, as pkg/resource/deploy/step_generator.go does (continueStepsFromDiff with deleteBeforeReplace,
    /// calculateDependentReplacements: each transitive dependent whose inputs come from a resource in the replace set
    /// is diffed with those inputs unknown, and is condemned when that diff replaces). A condemned dependent, when the
    /// program registers it again, is created without a diff (GenerateSteps "recreating": replace, create-replacement).
    /// Resources the program no longer declares are deleted dependents first (GenerateDeletes, ScheduleDeletes).
    /// </summary>
    private async Task<IReadOnlyList<StepEvent>> RunChainAsync(IReadOnlyList<Chained> program, bool preview, CancellationToken ct)
    {
        var run = new Run(preview, [.. _pendingDeletes.Keys]);
        var events = new List<StepEvent>();
        var outputs = new Dictionary<string, JsonObject>();
        var condemned = new HashSet<string>();
        var registered = new HashSet<string>();
        var urnOf = program.ToDictionary(c => c.Name, c => Urn(c.Type, c.Name));
        foreach (var c in program)
        {
            var d = new Declared(c.Type, c.Name, c.Inputs(name => outputs[name]), c.TimeoutSeconds);
            var urn = urnOf[c.Name];
            var step = condemned.Remove(urn)
                ? await RecreateAsync(d, urn, run, ct)
                : await StepAsync(d, run, ct, old => DeleteDependentsAsync(old, registered, condemned, events, run, ct));
            registered.Add(urn);
            events.Add(step);
            if (step.Error is not null) break; // the program cannot go on without the outputs it waits for
            if (!preview) Remember(urn, c.DependsOn.ToDictionary(kv => kv.Key, kv => (IReadOnlySet<string>)kv.Value.Select(n => urnOf[n]).ToHashSet()));
            outputs[c.Name] = Values.ToJson(step.Outputs);
        }
        if (events.All(e => e.Error is null))
        {
            events.AddRange(await DeleteInOrderAsync([.. _state.Values.Where(s => !registered.Contains(s.Urn))], run, ct));
            await DeleteReplacedAsync(run, ct);
        }
        LastRunOps = run.Ops;
        if (events.FirstOrDefault(e => e.Error is not null) is { } failed)
            throw new EngineRunException($"{failed.Kind} {failed.Urn} failed: {failed.Error}", events);
        return events;
    }

    private void Remember(string urn, IReadOnlyDictionary<string, IReadOnlySet<string>> dependencies)
    {
        _dependencies[urn] = dependencies;
        lock (_registered) if (!_registered.Contains(urn)) _registered.Add(urn);
    }

    private bool Uses(string urn, IReadOnlySet<string> targets) =>
        _dependencies.TryGetValue(urn, out var deps) && deps.Values.Any(d => d.Overlaps(targets));

    private async Task<StepEvent> RecreateAsync(Declared d, string urn, Run run, CancellationToken ct)
    {
        var check = await client.CheckAsync(new CheckRequest { Urn = urn, Type = d.Type, Name = d.Name, News = Values.ToStruct(d.Inputs) }, cancellationToken: ct);
        if (check.Failures.Count > 0)
            return Emit(new StepEvent(StepKind.Replace, urn, d.Type, d.Name, run.Preview) { Error = "check failed: " + string.Join("; ", check.Failures.Select(f => f.Reason)) });
        run.Record(urn, "replace", "create-replacement");
        var created = await CreateAsync(d, urn, check.Inputs, run.Preview, ct, emit: false);
        return Emit(created with { Kind = StepKind.Replace, DeleteBeforeReplace = true });
    }

    /// <summary>calculateDependentReplacements, then the dependents' deletes in reverse dependency order.</summary>
    private async Task DeleteDependentsAsync(StateEntry root, IReadOnlySet<string> registered, HashSet<string> condemned,
        List<StepEvent> events, Run run, CancellationToken ct)
    {
        var replaceSet = new HashSet<string> { root.Urn };
        var toReplace = new List<StateEntry>();
        List<string> order;
        lock (_registered) order = [.. _registered];
        foreach (var urn in order.SkipWhile(u => u != root.Urn).Skip(1))
        {
            if (registered.Contains(urn) || !_state.TryGetValue(urn, out var entry) || !Uses(urn, replaceSet)) continue;
            var inputs = Values.ToJson(entry.Inputs);
            foreach (var (property, from) in _dependencies[urn])
                if (from.Overlaps(replaceSet) && inputs.ContainsKey(property)) inputs[property] = Values.Unknown;
            var diff = await client.DiffAsync(new DiffRequest
            {
                Id = entry.Id, Urn = urn, Type = entry.Type, Name = entry.Name, Olds = entry.Outputs, OldInputs = entry.Inputs, News = Values.ToStruct(inputs),
            }, cancellationToken: ct);
            if (diff.Replaces.Count == 0 && !diff.DetailedDiff.Values.Any(v => v.Kind is DiffKind.AddReplace or DiffKind.DeleteReplace or DiffKind.UpdateReplace))
                continue;
            toReplace.Add(entry);
            replaceSet.Add(urn);
        }
        foreach (var entry in Enumerable.Reverse(toReplace))
        {
            run.Record(entry.Urn, "delete-replaced");
            var step = await DeleteAsync(entry, run.Preview, DeleteTimeoutSeconds, ct);
            events.Add(step);
            if (step.Error is not null) throw new EngineRunException($"Delete {entry.Urn} failed: {step.Error}", events);
            condemned.Add(entry.Urn);
        }
    }

    /// <summary>Deletes <paramref name="entries"/> in waves: a resource goes once nothing left in the set uses it.</summary>
    private async Task<IReadOnlyList<StepEvent>> DeleteInOrderAsync(List<StateEntry> entries, Run run, CancellationToken ct)
    {
        var done = new List<StepEvent>();
        while (entries.Count > 0)
        {
            var wave = entries.Where(e => !entries.Any(o => o != e && Uses(o.Urn, new HashSet<string> { e.Urn }))).ToList();
            if (wave.Count == 0) wave = entries; // a cycle cannot come from outputs; delete what is left together
            foreach (var e in wave) run.Record(e.Urn, "delete");
            var steps = await Task.WhenAll(wave.Select(e => DeleteAsync(e, run.Preview, DeleteTimeoutSeconds, ct)));
            done.AddRange(steps);
            if (steps.Any(s => s.Error is not null)) break;
            entries = [.. entries.Except(wave)];
        }
        return done;
    }
}
