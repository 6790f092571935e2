using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json.Nodes;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Pulumirpc;

namespace AwsIdentity.Harness;

/// <summary>
/// Drives a provider the way the Pulumi engine does (pkg/resource/deploy step generation, in small): Check, then
/// Diff against the recorded state, then Create / Update / Replace (delete-before-replace when the provider asks;
/// otherwise the old half is deleted after every registration, see MiniEngine.Replace.cs) / Delete; Read for refresh (empty id = gone) and import (id only); partial failures
/// (ErrorResourceInitFailed) keep the resource in state with init errors, and a later up updates it.
/// </summary>
public sealed partial class MiniEngine(ResourceProvider.ResourceProviderClient client, string project = "demo", string stack = "dev")
{
    private readonly ConcurrentDictionary<string, StateEntry> _state = new();

    public IReadOnlyDictionary<string, StateEntry> State => _state;
    public int Parallelism { get; init; } = 16;

    /// <summary>The `timeout` of deletes of resources no longer declared (destroy); 0 leaves the provider's default.</summary>
    public double DeleteTimeoutSeconds { get; init; }
    public event Action<StepEvent>? OnStep;

    public string Urn(string type, string name) => $"urn:pulumi:{stack}::{project}::{type}::{name}";

    public async Task ConfigureAsync(JsonObject config)
    {
        var check = await client.CheckConfigAsync(new CheckRequest
        {
            Urn = Urn("pulumi:providers:awsidentity", "default"), News = Values.ToStruct(config), Type = "pulumi:providers:awsidentity", Name = "default",
        });
        if (check.Failures.Count > 0)
            throw new InvalidOperationException("provider config: " + string.Join("; ", check.Failures.Select(f => $"{f.Property}: {f.Reason}")));
        ProviderInputs = check.Inputs;
        await client.ConfigureAsync(new ConfigureRequest { Args = check.Inputs, AcceptSecrets = true, AcceptResources = true });
    }

    public Task<IReadOnlyList<StepEvent>> PreviewAsync(IEnumerable<Declared> program, CancellationToken ct = default) =>
        RunAsync(program, preview: true, ct);

    public Task<IReadOnlyList<StepEvent>> UpAsync(IEnumerable<Declared> program, CancellationToken ct = default) =>
        RunAsync(program, preview: false, ct);

    private async Task<IReadOnlyList<StepEvent>> RunAsync(IEnumerable<Declared> program, bool preview, CancellationToken ct)
    {
        var declared = program.ToList();
        var urns = declared.Select(d => Urn(d.Type, d.Name)).ToHashSet();
        var events = new ConcurrentBag<StepEvent>();
        var run = new Run(preview, [.. _pendingDeletes.Keys]);
        using var gate = new SemaphoreSlim(Parallelism);
        async Task<StepEvent> Limited(Func<Task<StepEvent>> step)
        {
            await gate.WaitAsync(ct);
            try { return await step(); } finally { gate.Release(); }
        }
        foreach (var e in await Task.WhenAll(declared.Select(d => Limited(() => StepAsync(d, run, ct))))) events.Add(e);
        // pkg/resource/deploy/step_generator.go GenerateDeletes: after every registration, the engine deletes what the
        // program no longer declares and the old halves of create-before-delete replacements ("delete-replaced").
        var removed = _state.Values.Where(s => !urns.Contains(s.Urn)).ToList();
        foreach (var e in await Task.WhenAll(removed.Select(s => Limited(() => { run.Record(s.Urn, "delete"); return DeleteAsync(s, preview, DeleteTimeoutSeconds, ct); }))))
            events.Add(e);
        var replacedErrors = await DeleteReplacedAsync(run, ct);
        LastRunOps = run.Ops;
        var all = events.Select(e => e.Kind == StepKind.Replace && replacedErrors.TryGetValue(e.Urn, out var error) ? e with { Error = e.Error ?? error } : e)
            .OrderBy(e => e.Urn, StringComparer.Ordinal).ToList();
        if (all.FirstOrDefault(e => e.Error is not null) is { } failed)
            throw new EngineRunException($"{failed.Kind} {failed.Urn} failed: {failed.Error}", all);
        return all;
    }

    private async Task<StepEvent> StepAsync(Declared d, Run run, CancellationToken ct, Func<StateEntry, Task>? deletingFirst = null)
    {
        var preview = run.Preview;
        var urn = Urn(d.Type, d.Name);
        _state.TryGetValue(urn, out var old);
        var check = await client.CheckAsync(new CheckRequest
        {
            Urn = urn, Type = d.Type, Name = d.Name, News = Values.ToStruct(d.Inputs), Olds = old?.Inputs ?? new Struct(),
        }, cancellationToken: ct);
        if (check.Failures.Count > 0)
            return Emit(new StepEvent(StepKind.Create, urn, d.Type, d.Name, preview)
            { Error = "check failed: " + string.Join("; ", check.Failures.Select(f => $"{f.Property}: {f.Reason}")) });
        if (old is null)
        {
            run.Record(urn, "create");
            return await CreateAsync(d, urn, check.Inputs, preview, ct);
        }

        var diff = await client.DiffAsync(new DiffRequest
        {
            Id = old.Id, Urn = urn, Type = d.Type, Name = d.Name, Olds = old.Outputs, News = check.Inputs, OldInputs = old.Inputs,
        }, cancellationToken: ct);
        var detailed = diff.DetailedDiff.ToDictionary(kv => kv.Key, kv => kv.Value.Kind);
        if (diff.Replaces.Count > 0)
        {
            if (diff.DeleteBeforeReplace && deletingFirst is not null) await deletingFirst(old);
            return await ReplaceAsync(d, old, check.Inputs, diff, detailed, run, ct);
        }
        if (diff.Changes == DiffResponse.Types.DiffChanges.DiffSome || old.InitErrors.Count > 0)
        {
            run.Record(urn, "update");
            return await UpdateAsync(d, old, check.Inputs, detailed, preview, ct);
        }
        // pkg/resource/deploy/step.go SameStep.Apply: the old id and outputs, with the program's new inputs.
        run.Record(urn, "same");
        if (!preview) old.Inputs = check.Inputs;
        return Emit(new StepEvent(StepKind.Same, urn, d.Type, d.Name, preview) { Outputs = old.Outputs });
    }

    private async Task<StepEvent> CreateAsync(Declared d, string urn, Struct inputs, bool preview, CancellationToken ct, bool emit = true)
    {
        var clock = Stopwatch.StartNew();
        var step = new StepEvent(StepKind.Create, urn, d.Type, d.Name, preview);
        try
        {
            var r = await client.CreateAsync(new CreateRequest
            {
                Urn = urn, Type = d.Type, Name = d.Name, Properties = inputs, Preview = preview, Timeout = d.TimeoutSeconds,
            }, cancellationToken: ct);
            if (!preview) _state[urn] = new StateEntry { Urn = urn, Type = d.Type, Name = d.Name, Id = r.Id, Inputs = inputs, Outputs = r.Properties };
            step = step with { Outputs = r.Properties, Elapsed = clock.Elapsed };
        }
        catch (RpcException e)
        {
            step = step with { Error = e.Status.Detail, Elapsed = clock.Elapsed, Partial = KeepPartial(e, urn, d, inputs) };
        }
        return emit ? Emit(step) : step;
    }

    private async Task<StepEvent> UpdateAsync(Declared d, StateEntry old, Struct inputs, IReadOnlyDictionary<string, PropertyDiff.Types.Kind> detailed,
        bool preview, CancellationToken ct)
    {
        var clock = Stopwatch.StartNew();
        var step = new StepEvent(StepKind.Update, old.Urn, d.Type, d.Name, preview) { Detailed = detailed };
        try
        {
            var r = await client.UpdateAsync(new UpdateRequest
            {
                Id = old.Id, Urn = old.Urn, Type = d.Type, Name = d.Name, Olds = old.Outputs, News = inputs, OldInputs = old.Inputs,
                Preview = preview, Timeout = d.TimeoutSeconds,
            }, cancellationToken: ct);
            if (!preview)
            {
                old.Inputs = inputs;
                old.Outputs = r.Properties;
                old.InitErrors.Clear();
            }
            return Emit(step with { Outputs = r.Properties, Elapsed = clock.Elapsed });
        }
        catch (RpcException e)
        {
            return Emit(step with { Error = e.Status.Detail, Elapsed = clock.Elapsed, Partial = KeepPartial(e, old.Urn, d, inputs) });
        }
    }

    private async Task<StepEvent> DeleteAsync(StateEntry entry, bool preview, double timeout, CancellationToken ct)
    {
        if (preview) return Emit(new StepEvent(StepKind.Delete, entry.Urn, entry.Type, entry.Name, true));
        return Emit(await DeleteEntryAsync(entry, timeout, ct));
    }

    private async Task<StepEvent> DeleteEntryAsync(StateEntry entry, double timeout, CancellationToken ct)
    {
        var clock = Stopwatch.StartNew();
        var step = new StepEvent(StepKind.Delete, entry.Urn, entry.Type, entry.Name, false);
        try
        {
            await client.DeleteAsync(new DeleteRequest
            {
                Id = entry.Id, Urn = entry.Urn, Type = entry.Type, Name = entry.Name, Properties = entry.Outputs, OldInputs = entry.Inputs, Timeout = timeout,
            }, cancellationToken: ct);
            _state.TryRemove(new KeyValuePair<string, StateEntry>(entry.Urn, entry));
            return step with { Elapsed = clock.Elapsed };
        }
        catch (RpcException e)
        {
            return step with { Error = e.Status.Detail, Elapsed = clock.Elapsed };
        }
    }

    /// <summary>An ErrorResourceInitFailed detail: the object exists; keep it in state with its init errors.</summary>
    private bool KeepPartial(RpcException e, string urn, Declared d, Struct inputs)
    {
        if (PartialFailure.From(e) is not { } init) return false;
        var entry = new StateEntry { Urn = urn, Type = d.Type, Name = d.Name, Id = init.Id, Inputs = init.Inputs ?? inputs, Outputs = init.Properties ?? new Struct() };
        entry.InitErrors.AddRange(init.Reasons);
        _state[urn] = entry;
        return true;
    }

    private StepEvent Emit(StepEvent step)
    {
        OnStep?.Invoke(step);
        return step;
    }
}
