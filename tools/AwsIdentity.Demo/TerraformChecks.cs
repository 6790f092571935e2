using System.Text.Json.Nodes;
using AwsIdentity.TerraformHarness;

namespace AwsIdentity.Demo;

/// <summary>The Terraform flow's assertions over a saved plan's resource_changes (`terraform show -json`), the state
/// (`terraform state pull`) and the emulator; the counterparts of DemoChecks.cs and DemoChecks.Drift.cs.</summary>
public static class TerraformChecks
{
    /// <summary>A resource change's actions joined by commas: "create", "update", "delete,create", "no-op".</summary>
    public static string ActionsOf(JsonNode? change) =>
        string.Join(",", (change?["change"]?["actions"] as JsonArray ?? []).Select(a => a?.GetValue<string>()));

    /// <summary>The plan changes exactly the <paramref name="expected"/> addresses, each with its actions.</summary>
    public static IReadOnlyList<Check> Actions(string step, JsonArray changes, IReadOnlyDictionary<string, string> expected)
    {
        var actual = changes.ToDictionary(c => c!["address"]!.GetValue<string>(), ActionsOf);
        return
        [
            Check.Of($"{step}: {string.Join(", ", expected.Values.Distinct())} of exactly the expected resources",
                actual.Count == expected.Count && expected.All(kv => actual.GetValueOrDefault(kv.Key) == kv.Value),
                () => $"expected [{Format(expected)}], the plan has [{Format(actual)}]"),
        ];
    }

    /// <summary>Every change touches only tags and tags_all (compared before/after, unknowns counted as changed).</summary>
    public static IReadOnlyList<Check> OnlyTags(string step, JsonArray changes)
    {
        var changed = changes.ToDictionary(c => c!["address"]!.GetValue<string>(), c => ChangedKeys(c!["change"]!));
        return [Check.Of($"{step}: only tags change", changed.Values.All(keys => keys.Count > 0 && keys.All(k => k is "tags" or "tags_all")),
            () => string.Join("; ", changed.Select(kv => $"{kv.Key}: [{string.Join(", ", kv.Value)}]")))];
    }

    /// <summary>The replacement is forced by <paramref name="path"/> (replace_paths).</summary>
    public static IReadOnlyList<Check> ReplacedBy(string step, JsonArray changes, string address, string path)
    {
        var resource = changes.FirstOrDefault(c => c!["address"]?.GetValue<string>() == address);
        var paths = (resource?["change"]?["replace_paths"] as JsonArray ?? []).Select(p => p?[0]?.GetValue<string>()).ToList();
        return [Check.Of($"{step}: {address} is replaced, forced by {path}, destroyed before it is created",
            paths.Contains(path) && ActionsOf(resource) == "delete,create",
            () => $"replace_paths [{string.Join(", ", paths)}], actions {ActionsOf(resource)}")];
    }

    /// <summary>After `apply -refresh-only`: the OIDC and tag drift recorded, the deleted association dropped.</summary>
    public static IReadOnlyList<Check> Refreshed(TerraformStateFile state, string eks, string first, string second)
    {
        StateInstance? Of(string address) => state.Instances.SingleOrDefault(i => $"{i.Type}.{i.Name}" == address);
        var oidc = Of(eks)?.Attributes["oidc"];
        var groupsClaim = (oidc is JsonArray list ? list.FirstOrDefault() : oidc)?["groups_claim"]?.GetValue<string>();
        var owner = Of(first)?.Attributes["tags"]?["owner"]?.GetValue<string>();
        return
        [
            Check.Of($"refresh: {eks} records oidc.groups_claim drift", groupsClaim == DriftChecks.DriftedGroupsClaim, () => $"state groups_claim is {groupsClaim ?? "absent"}"),
            Check.Of($"refresh: {first} records the tag drift", owner == DriftChecks.DriftedOwner, () => $"state tags.owner is {owner ?? "absent"}"),
            Check.Of($"refresh: {second}, deleted outside terraform, is dropped from the state", Of(second) is null, () => $"{second} is still in the state"),
        ];
    }

    /// <summary>The state's ids are the emulator's live objects, <paramref name="live"/> of them.</summary>
    public static async Task<IReadOnlyList<Check>> AgreesAsync(string step, TerraformWithEmulator world, int live)
    {
        var audit = await world.AuditAsync();
        var (inventory, state) = (await world.InventoryAsync(), await world.Workspace.StatePullAsync());
        return
        [
            Check.Of($"{step}: state ids are the emulator's live objects", audit.Clean, () => audit.ToString()),
            Check.Of($"{step}: {live} live objects", inventory.Count == live && state.Instances.Count == live,
                () => $"expected {live}, the emulator holds {inventory.Count} and the state {state.Instances.Count}"),
        ];
    }

    /// <summary>The ARN the emulator keys an instance's tags by.</summary>
    public static string Arn(StateInstance i) => i.Attributes[i.Type switch
    {
        TerraformWithEmulator.EksType => "arn",
        TerraformWithEmulator.RegistrationType => "identity_provider_arn",
        TerraformWithEmulator.SubscriptionType => "product_user_arn",
        _ => "instance_user_arn",
    }]?.GetValue<string>() ?? "";

    /// <summary>AWS's order for License Manager (AWS License Manager user guide, "Get started with user-based
    /// subscriptions"): a registration before the subscriptions of its directory and product, a user's subscription
    /// before the user's association; the types a dependency may join (TerraformSteps.LicenseDependencies).</summary>
    public static readonly string[] LicenseOrder =
        [TerraformWithEmulator.RegistrationType, TerraformWithEmulator.SubscriptionType, TerraformWithEmulator.LmusType];

    /// <summary>In terraform's output, each resource logged <paramref name="ended"/> before any resource that takes its
    /// attributes (a pair's After) logged <paramref name="began"/> (ApplyLog.cs in tests/programs/AwsIdentity.TerraformHarness).</summary>
    public static IReadOnlyList<Check> InOrder(string step, string stdout, string began, string ended, IReadOnlyList<(string Before, string After)> pairs) =>
        [Check.Of($"{step}: license resources in AWS's order ({pairs.Count} dependencies)",
            ApplyLog.OutOfOrder(stdout, began, ended, pairs) is null, () => $"{ApplyLog.OutOfOrder(stdout, began, ended, pairs)}\n{stdout}")];

    /// <summary>terraform's lines worth echoing: what it will do or did to each resource, and its closing line.</summary>
    public static bool IsNotable(string line)
    {
        var t = line.Trim();
        return t.StartsWith("# ", StringComparison.Ordinal) || t.StartsWith("Plan:", StringComparison.Ordinal)
            || t.StartsWith("Apply complete", StringComparison.Ordinal) || t.StartsWith("Destroy complete", StringComparison.Ordinal)
            || t.StartsWith("No changes.", StringComparison.Ordinal) || t.Contains(": Creation complete", StringComparison.Ordinal)
            || t.Contains(": Destruction complete", StringComparison.Ordinal) || t.Contains(": Modifications complete", StringComparison.Ordinal);
    }

    private static List<string> ChangedKeys(JsonNode change)
    {
        var (before, after, unknown) = (change["before"] as JsonObject ?? [], change["after"] as JsonObject ?? [], change["after_unknown"] as JsonObject ?? []);
        return [.. before.Select(kv => kv.Key).Union(after.Select(kv => kv.Key)).Union(unknown.Where(kv => kv.Value is JsonValue v && v.GetValue<bool>()).Select(kv => kv.Key))
            .Where(k => !JsonNode.DeepEquals(before[k], after[k]) || unknown[k] is JsonValue u && u.GetValue<bool>()).Order(StringComparer.Ordinal)];
    }

    private static string Format(IEnumerable<KeyValuePair<string, string>> actions) =>
        string.Join(", ", actions.OrderBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => $"{kv.Key}: {kv.Value}"));
}
