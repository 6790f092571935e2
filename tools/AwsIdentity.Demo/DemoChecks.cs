using System.Text.Json.Nodes;
using AwsIdentity.Harness;

namespace AwsIdentity.Demo;

/// <summary>One assertion of the demo: its id (the same in both modes) and, when it failed, why.</summary>
public sealed record Check(string Id, bool Passed, string Failure)
{
    public static Check Of(string id, bool passed, Func<string> failure) => new(id, passed, passed ? "" : failure());
}

/// <summary>
/// The demo's assertions over what either mode observed (a <see cref="Plan"/> in the CLI's preview shape, a
/// <see cref="StackState"/> in the shape of `pulumi stack export`, the emulator's inventory): one list of checks,
/// run by <see cref="DemoScenario"/> for engine and CLI mode alike.
/// </summary>
public static class DemoChecks
{
    public static IReadOnlyList<Check> PreviewCreates(Plan plan, StackProgram program, StackState state) =>
    [
        Check.Of("preview: a create for every declared resource and nothing else",
            plan.Changes.Count() == program.Resources.Count && plan.Changes.All(s => s.Op == "create")
                && program.Resources.All(r => plan.Steps.Any(s => s.Name == r.Name && s.Type == r.Type)),
            () => $"expected {program.Resources.Count} creates, got {plan}"),
        Check.Of("preview: no state written", state.Resources.Count == 0, () => $"the stack holds {state.Resources.Count} resources after a preview"),
    ];

    /// <summary>The stack records exactly the emulator's live objects (state ids that drift from AWS fail here).</summary>
    public static IReadOnlyList<Check> Agrees(string step, StackState state, EmulatorInventory inventory, int live) =>
    [
        Check.Of($"{step}: stack export ids are the emulator's live objects", state.Audit(inventory).Clean, () => state.Audit(inventory).ToString()),
        Check.Of($"{step}: {live} live objects", inventory.Count == live && state.Resources.Count == live,
            () => $"expected {live}, the emulator holds {inventory.Count} and the stack {state.Resources.Count}"),
    ];

    /// <summary>`pulumi preview --expect-no-changes` after an up: nothing left to do.</summary>
    public static IReadOnlyList<Check> Converged(string step, Plan plan) =>
    [
        Check.Of($"{step}: preview --expect-no-changes finds nothing to do", !plan.Changes.Any(), () => $"the next preview plans {plan.Summary()}: {plan}"),
    ];

    /// <summary>A tag change is an in-place update of tags on every resource, never a replacement.</summary>
    public static IReadOnlyList<Check> TagUpdates(string step, Plan plan, StackProgram program)
    {
        var changes = plan.Changes.ToList();
        return
        [
            Check.Of($"{step}: an update of every resource", changes.Count == program.Resources.Count && changes.All(s => s.Op == "update"),
                () => $"expected {program.Resources.Count} updates, got {plan}"),
            Check.Of($"{step}: only tags change", changes.All(s => s.DetailedDiff.Count > 0 && s.DetailedDiff.Keys.All(k => k.StartsWith("tags", StringComparison.Ordinal))),
                () => string.Join("; ", changes.Select(s => $"{s.Name}: [{string.Join(", ", s.DetailedDiff.Keys)}]"))),
            Check.Of($"{step}: no property forces replacement", changes.All(s => s.ReplaceReasons.Count == 0 && s.DetailedDiff.Values.All(k => !k.EndsWith("-replace", StringComparison.Ordinal))),
                () => string.Join("; ", changes.Select(s => $"{s.Name}: {string.Join(", ", s.DetailedDiff.Select(kv => $"{kv.Key}={kv.Value}"))}"))),
        ];
    }

    /// <summary>Every resource's ARN carries the new owner tag in the emulator.</summary>
    public static IReadOnlyList<Check> OwnerTags(StackState state, JsonObject emulatorState, string owner)
    {
        var tags = emulatorState["tags"] as JsonObject ?? [];
        var missing = state.Resources.Where(r => tags[Arn(r)]?["owner"]?.GetValue<string>() != owner).Select(r => $"{r.Name} ({Arn(r)})").ToList();
        return [Check.Of($"tag change up: the emulator tags every resource owner={owner}", missing.Count == 0, () => $"missing on {string.Join(", ", missing)}")];
    }

    /// <summary>The ARN the emulator keeps a resource's tags under.</summary>
    public static string Arn(StateResource r) => r.Outputs[r.Type switch
    {
        Values.Eks => "arn",
        Values.Registration => "identityProviderArn",
        Values.Subscription => "productUserArn",
        _ => "instanceUserArn",
    }]?.GetValue<string>() ?? "";
}
