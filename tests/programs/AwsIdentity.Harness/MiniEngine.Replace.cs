using System.Collections.Concurrent;
using System.Diagnostics;
using Google.Protobuf.WellKnownTypes;
using Pulumirpc;

namespace AwsIdentity.Harness;

public sealed partial class MiniEngine
{
    // Old halves of create-before-delete replacements whose delete has not succeeded yet (the engine keeps them in
    // the stack with `delete: true` and retries them in the next run's GenerateDeletes).
    private readonly ConcurrentDictionary<StateEntry, byte> _pendingDeletes = new();

    /// <summary>Old halves of replacements still waiting for their delete (pending_delete in a real stack).</summary>
    public IReadOnlyCollection<StateEntry> PendingDeletes => _pendingDeletes.Keys.ToList();

    /// <summary>
    /// The step operations of the last run per URN, in the order the engine's step generator produces them and with
    /// its names (pkg/display StepOp: same, create, update, delete, replace, create-replacement, delete-replaced). A
    /// preview's list is what `pulumi preview --save-plan` records as the resource's plan Ops (step_generator.go
    /// validateSteps with GeneratePlan); see <see cref="PlanCheck"/>.
    /// </summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> LastRunOps { get; private set; } = new Dictionary<string, IReadOnlyList<string>>();

    /// <summary>One preview or up: whether it is a preview, and the operations it generated.</summary>
    private sealed class Run(bool preview, IReadOnlyList<StateEntry> carried)
    {
        private readonly ConcurrentDictionary<string, List<string>> _ops = new();
        public bool Preview { get; } = preview;

        /// <summary>Pending deletes left by earlier runs.</summary>
        public IReadOnlyList<StateEntry> Carried { get; } = carried;
        public ConcurrentQueue<StateEntry> Replaced { get; } = new();

        public void Record(string urn, params string[] ops)
        {
            var list = _ops.GetOrAdd(urn, _ => []);
            lock (list) list.AddRange(ops);
        }

        public IReadOnlyDictionary<string, IReadOnlyList<string>> Ops =>
            _ops.ToDictionary(kv => kv.Key, kv => (IReadOnlyList<string>)kv.Value.ToList());
    }

    /// <summary>
    /// A replacement, in pkg/resource/deploy/step_generator.go's order (continueStepsFromDiff): with
    /// deleteBeforeReplace, DeleteReplacement then Replace then CreateReplacement; otherwise CreateReplacement then
    /// Replace, and the old half is deleted only after every registration of the run ("the delete step is generated
    /// later on, after all creates/updates finish": GenerateDeletes, see <see cref="DeleteReplacedAsync"/>).
    /// </summary>
    private async Task<StepEvent> ReplaceAsync(Declared d, StateEntry old, Struct inputs, DiffResponse diff,
        IReadOnlyDictionary<string, PropertyDiff.Types.Kind> detailed, Run run, CancellationToken ct)
    {
        var clock = Stopwatch.StartNew();
        if (diff.DeleteBeforeReplace)
        {
            run.Record(old.Urn, "delete-replaced", "replace", "create-replacement");
            var removed = await DeleteAsync(old, run.Preview, d.TimeoutSeconds, ct);
            if (removed.Error is not null) return removed with { Kind = StepKind.Replace };
        }
        else
        {
            run.Record(old.Urn, "create-replacement", "replace");
        }
        var created = await CreateAsync(d, old.Urn, inputs, run.Preview, ct, emit: false);
        // CreateStep.Apply marks the old state `Delete = true` (pending delete) once the replacement exists, also after
        // a partial failure; a failed run never reaches its delete phase, so that one waits for the next run.
        if (!diff.DeleteBeforeReplace && created.Error is null) run.Replaced.Enqueue(old);
        if (!diff.DeleteBeforeReplace && !run.Preview && (created.Error is null || created.Partial)) _pendingDeletes[old] = 0;
        return Emit(created with
        {
            Kind = StepKind.Replace, Detailed = detailed, DeleteBeforeReplace = diff.DeleteBeforeReplace, Elapsed = clock.Elapsed,
        });
    }

    /// <summary>
    /// The delete phase's DeleteReplacement steps: this run's replaced halves and those a failed earlier run left
    /// pending. Returns the errors by URN (the replace step reports them).
    /// </summary>
    private async Task<IReadOnlyDictionary<string, string>> DeleteReplacedAsync(Run run, CancellationToken ct)
    {
        var targets = run.Replaced.Concat(run.Carried).Distinct().ToList();
        foreach (var entry in targets) run.Record(entry.Urn, "delete-replaced");
        if (run.Preview) return new Dictionary<string, string>();
        var errors = new ConcurrentDictionary<string, string>();
        await Task.WhenAll(targets.Select(async entry =>
        {
            var step = await DeleteEntryAsync(entry, DeleteTimeoutSeconds, ct);
            if (step.Error is null) _pendingDeletes.TryRemove(entry, out _);
            else errors[entry.Urn] = step.Error;
        }));
        return errors;
    }
}
