using System.Diagnostics;
using System.Text.Json.Nodes;
using AwsIdentity.Harness;
using PropertyDiffKind = Pulumirpc.PropertyDiff.Types.Kind;

namespace AwsIdentity.Demo;

public sealed partial class EngineDemo
{
    private async Task ReplacementAsync(CancellationToken ct)
    {
        var program = Load(new() { ["owner"] = NewOwner, ["issuerUrl"] = NewIssuer });
        var eks = _engine.Urn(Values.Eks, program.Resource(Values.Eks).Name);
        var clock = Stopwatch.StartNew();
        printer.Header($"$ pulumi config set issuerUrl {NewIssuer}   # the OIDC issuer cannot change in place");
        var plan = await Run(Title("Previewing update"), () => _engine.PreviewAsync(program.Resources, ct), program);
        ExpectReplacement("replacement preview", plan, eks);
        summary.Add("preview replacement", Counts(plan.Where(e => e.Kind != StepKind.Delete || e.Urn != eks), true), clock.Elapsed);

        clock.Restart();
        var stateBefore = await _emulator.Control.StateAsync();
        var done = await Run(Title("Updating"), () => _engine.UpAsync(program.Resources, ct), program);
        ExpectReplacement("replacement up", done, eks);
        lock (_events)
        {
            var deleted = _events.FindIndex(e => e.Urn == eks && e.Kind == StepKind.Delete);
            var replaced = _events.FindIndex(e => e.Urn == eks && e.Kind == StepKind.Replace);
            Expect.That(deleted >= 0 && deleted < replaced, "replacement up: the old identity provider config was not deleted before the new one was created");
        }
        await ExpectDisassociatedFirst(stateBefore);
        await Audit("replacement up", program.Resources.Count);
        summary.Add("up replacement", Counts(done.Where(e => e.Kind != StepKind.Delete || e.Urn != eks), false) + " (replace: delete-before-replace)", clock.Elapsed);
    }

    private static void ExpectReplacement(string step, IReadOnlyList<StepEvent> events, string eks)
    {
        var replace = events.SingleOrDefault(e => e.Urn == eks && e.Kind == StepKind.Replace);
        Expect.That(replace is not null, $"{step}: the identity provider config should be replaced, got [{string.Join(", ", events.Select(e => $"{e.Name}: {e.Kind}"))}]");
        Expect.That(replace!.DeleteBeforeReplace, $"{step}: the identity provider config must be replaced delete-before-replace (one OIDC config per cluster)");
        Expect.That(replace.Detailed.Any(kv => kv.Key.StartsWith("oidc", StringComparison.Ordinal) && kv.Value is PropertyDiffKind.UpdateReplace or PropertyDiffKind.AddReplace or PropertyDiffKind.DeleteReplace),
            $"{step}: the replacement should be forced by oidc, diff was [{string.Join(", ", replace.Detailed.Select(kv => $"{kv.Key}: {kv.Value}"))}]");
        var others = events.Where(e => e.Urn != eks).ToList();
        Expect.That(others.Count(e => e.Kind == StepKind.Update) == 1 && others.Count(e => e.Kind == StepKind.Create) == 1,
            $"{step}: the drifted association should be updated and the removed one created again, got [{string.Join(", ", others.Select(e => $"{e.Name}: {e.Kind}"))}]");
    }

    /// <summary>In the emulator's own record, the new association began only after the old config's disassociation ended.</summary>
    private async Task ExpectDisassociatedFirst(JsonObject stateBefore)
    {
        var known = (stateBefore["updates"] as JsonArray ?? []).Select(u => u!["id"]!.GetValue<string>()).ToHashSet();
        var fresh = ((await _emulator.Control.StateAsync())["updates"] as JsonArray ?? []).Where(u => !known.Contains(u!["id"]!.GetValue<string>())).ToList();
        var disassociate = fresh.SingleOrDefault(u => u!["type"]?.GetValue<string>() == "DisassociateIdentityProviderConfig");
        var associate = fresh.SingleOrDefault(u => u!["type"]?.GetValue<string>() == "AssociateIdentityProviderConfig");
        Expect.That(disassociate is not null && associate is not null, $"replacement up: expected one disassociation and one association update in the emulator, got {fresh.Count} updates");
        var ended = disassociate!["dueAt"]!.GetValue<DateTimeOffset>();
        var began = associate!["createdAt"]!.GetValue<DateTimeOffset>();
        Expect.That(began >= ended, $"replacement up: the emulator saw the association start at {began:O}, before the disassociation ended at {ended:O}");
        printer.Line($"  emulator: disassociation ended {ended:HH:mm:ss.fff}, new association started {began:HH:mm:ss.fff}");
    }

    private async Task DestroyAsync(CancellationToken ct)
    {
        var clock = Stopwatch.StartNew();
        var n = _engine.State.Count;
        var done = await Run(Title("Destroying"), () => _engine.DestroyAsync(ct), null);
        Expect.That(done.Count == n && done.All(e => e.Kind == StepKind.Delete), $"destroy: expected {n} deletes, got {Counts(done, false)}");
        Expect.That(_engine.State.Count == 0, $"destroy: {_engine.State.Count} resources left in the stack");
        var state = await _emulator.Control.StateAsync();
        var inventory = EmulatorInventory.From(state);
        Expect.That(inventory.Count == 0, $"destroy: the emulator still holds {string.Join(", ", inventory.Configs.Concat(inventory.Associations))}");
        printer.Line($"  emulator state dump: {(state["configs"] as JsonArray)?.Count ?? 0} identity provider configs, " +
            $"{inventory.Associations.Count} live user associations ({(state["associations"] as JsonArray)?.Count ?? 0} records, all DISASSOCIATED or gone)");
        summary.Add("destroy", $"{Counts(done, false)}; emulator empty", clock.Elapsed);
    }
}
