using System.Text.Json.Nodes;
using AwsIdentity.Harness;

namespace AwsIdentity.Demo;

/// <summary>The drift, replacement and destroy checks (see DemoChecks.cs).</summary>
public static class DriftChecks
{
    public const string DriftedGroupsClaim = "roles";
    public const string DriftedOwner = "someone-else@example.com";

    /// <summary>Refresh after three changes outside Pulumi: an OIDC field and a tag drift, an association is deleted.</summary>
    public static IReadOnlyList<Check> Refresh(StackState after, string eks, string first, string second) =>
    [
        Check.Of($"refresh: {eks} records oidc.groupsClaim drift",
            PropertyPaths.Get(after.Named(eks)?.Outputs, "oidc.groupsClaim")?.GetValue<string>() == DriftedGroupsClaim,
            () => $"state oidc.groupsClaim is {PropertyPaths.Format(PropertyPaths.Get(after.Named(eks)?.Outputs, "oidc.groupsClaim"))}"),
        Check.Of($"refresh: {first} records the tag drift",
            PropertyPaths.Get(after.Named(first)?.Outputs, "tags.owner")?.GetValue<string>() == DriftedOwner,
            () => $"state tags.owner is {PropertyPaths.Format(PropertyPaths.Get(after.Named(first)?.Outputs, "tags.owner"))}"),
        Check.Of($"refresh: {second}, deleted outside Pulumi, is dropped from the stack", after.Named(second) is null,
            () => $"{second} is still in the stack (id {after.Named(second)!.Id})"),
    ];

    /// <summary>Refresh records the tag drift on the named resources (the registration and a subscription).</summary>
    public static IReadOnlyList<Check> TagDrift(StackState after, IEnumerable<string> names) =>
    [
        .. names.Select(name => Check.Of($"refresh: {name} records the tag drift",
            PropertyPaths.Get(after.Named(name)?.Outputs, "tags.owner")?.GetValue<string>() == DriftedOwner,
            () => $"state tags.owner is {PropertyPaths.Format(PropertyPaths.Get(after.Named(name)?.Outputs, "tags.owner"))}")),
    ];

    /// <summary>The next up puts the drifted tags back in place: an update of tags, no replacement.</summary>
    public static IReadOnlyList<Check> TagsUpdated(string step, Plan plan, IEnumerable<string> names) =>
    [
        .. names.Select(name => Check.Of($"{step}: {name} (tag drift) is updated in place, tags only",
            plan.Of(name) is [{ Op: "update" } s] && s.DetailedDiff.Keys.All(k => k.StartsWith("tags", StringComparison.Ordinal)),
            () => $"{name}: {string.Join(", ", plan.Of(name).Select(s => $"{s.Op} [{string.Join(", ", s.DetailedDiff.Keys)}]"))}")),
    ];

    /// <summary>The issuer change replaces the config delete-first; the drifted and the dropped association are fixed.</summary>
    public static IReadOnlyList<Check> Replacement(string step, Plan plan, string eks, string first, string second)
    {
        var ops = plan.Of(eks).Select(s => s.Op).ToList();
        var replace = plan.Of(eks).FirstOrDefault(s => s.Op == "replace");
        string OpOf(string name) => string.Join("+", plan.Of(name).Select(s => s.Op));
        return
        [
            Check.Of($"{step}: {eks} is replaced, forced by oidc", replace is not null && replace.ReplaceReasons.Contains("oidc")
                && replace.DetailedDiff.Any(kv => kv.Key.StartsWith("oidc", StringComparison.Ordinal) && kv.Value.EndsWith("-replace", StringComparison.Ordinal)),
                () => $"{eks}: [{string.Join(", ", ops)}], replaceReasons [{string.Join(", ", replace?.ReplaceReasons ?? [])}], diff [{string.Join(", ", replace?.DetailedDiff.Select(kv => $"{kv.Key}={kv.Value}") ?? [])}]"),
            Check.Of($"{step}: {eks} is deleted before its replacement is created",
                ops.IndexOf("delete-replaced") >= 0 && ops.IndexOf("delete-replaced") < ops.IndexOf("create-replacement"),
                () => $"{eks} steps in order: [{string.Join(", ", ops)}] (one OIDC config per cluster: delete-replaced must come first)"),
            Check.Of($"{step}: {first} (tag drift) is updated and {second} (deleted outside Pulumi) is created again",
                OpOf(first) == "update" && OpOf(second) == "create", () => $"{first}: {OpOf(first)}, {second}: {OpOf(second)}"),
        ];
    }

    /// <summary>In the emulator's own record, the new association began only after the old config's disassociation ended.</summary>
    public static IReadOnlyList<Check> DisassociatedFirst(JsonObject before, JsonObject after, string step = "replacement up")
    {
        var known = (before["updates"] as JsonArray ?? []).Select(u => u!["id"]!.GetValue<string>()).ToHashSet();
        var fresh = (after["updates"] as JsonArray ?? []).Where(u => !known.Contains(u!["id"]!.GetValue<string>())).ToList();
        var disassociate = fresh.Where(u => u!["type"]?.GetValue<string>() == "DisassociateIdentityProviderConfig").ToList();
        var associate = fresh.Where(u => u!["type"]?.GetValue<string>() == "AssociateIdentityProviderConfig").ToList();
        var one = disassociate.Count == 1 && associate.Count == 1;
        var ended = one ? disassociate[0]!["dueAt"]!.GetValue<DateTimeOffset>() : default;
        var began = one ? associate[0]!["createdAt"]!.GetValue<DateTimeOffset>() : default;
        return
        [
            Check.Of($"{step}: the emulator saw one disassociation and one association", one,
                () => $"{disassociate.Count} disassociations, {associate.Count} associations among {fresh.Count} new updates"),
            Check.Of($"{step}: the association began after the disassociation ended", one && began >= ended,
                () => $"association started {began:O}, disassociation ended {ended:O}"),
        ];
    }

    public static IReadOnlyList<Check> Destroyed(StackState state, EmulatorInventory inventory) =>
    [
        Check.Of("destroy: the stack is empty", state.Resources.Count == 0, () => $"left in the stack: {string.Join(", ", state.Resources.Select(r => r.Name))}"),
        Check.Of("destroy: the emulator is empty (no config, association, subscription or registration; AWS's order, as the emulator refuses any other)", inventory.Count == 0,
            () => $"left in the emulator: {string.Join(", ", inventory.Configs.Concat(inventory.Associations).Concat(inventory.Subscriptions ?? new HashSet<string>()).Concat(inventory.Registrations ?? new HashSet<string>()))}"),
    ];
}
