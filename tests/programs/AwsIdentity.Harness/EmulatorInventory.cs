using System.Text.Json.Nodes;

namespace AwsIdentity.Harness;

/// <summary>
/// What exists in the emulator, keyed the way the provider ids its resources (EKS `cluster:config`, LMUS
/// `instance:directory:user[:domain]`), and its comparison with an engine's recorded state: orphans are live
/// objects no state entry names, lost resources are state entries with no live object. Registrations
/// (`directory:product`) and product subscriptions (`directory:product:user[:domain]`) count too, except the ones
/// the control API seeded as fixtures (tools/AwsIdentity.Emulator/README.md).
/// </summary>
public sealed record EmulatorInventory(IReadOnlySet<string> Configs, IReadOnlySet<string> Associations,
    IReadOnlySet<string>? Registrations = null, IReadOnlySet<string>? Subscriptions = null)
{
    /// <summary>Everything a stack may have left in the emulator: 0 means empty.</summary>
    public int Count => Configs.Count + Associations.Count + (Registrations?.Count ?? 0) + (Subscriptions?.Count ?? 0);

    public static async Task<EmulatorInventory> ReadAsync(EmulatorControl control) => From(await control.StateAsync());

    public static EmulatorInventory From(JsonObject state)
    {
        var configs = (state["configs"] as JsonArray ?? [])
            .Select(c => $"{c!["clusterName"]}:{c["name"]}").ToHashSet(StringComparer.Ordinal);
        var associations = (state["associations"] as JsonArray ?? [])
            .Where(a => IsLive(a!["status"]?.GetValue<string>()))
            .Select(a => AssociationId(a!)).ToHashSet(StringComparer.Ordinal);
        var registrations = Made(state, "identityProviders", r => !IsLive(r["status"]?.GetValue<string>()),
            r => $"{r["directoryId"]}:{r["product"]}");
        var subscriptions = Made(state, "subscriptions", s => !IsLive(s["status"]?.GetValue<string>()) || s["status"]?.GetValue<string>() == "UNSUBSCRIBED",
            s => WithDomain($"{s["directoryId"]}:{s["product"]}:{s["username"]}", s));
        return new EmulatorInventory(configs, associations, registrations, subscriptions);
    }

    /// <summary>Disassociated and failed records stay listed in the emulator (as in AWS) but are not objects.</summary>
    public static bool IsLive(string? status) => status is not null
        && !status.Equals("DISASSOCIATED", StringComparison.OrdinalIgnoreCase)
        && !status.Contains("FAIL", StringComparison.OrdinalIgnoreCase);

    private static string AssociationId(JsonNode a) => WithDomain($"{a["instanceId"]}:{a["directoryId"]}:{a["username"]}", a);

    private static string WithDomain(string id, JsonNode record) =>
        record["domain"]?.GetValue<string>() is { Length: > 0 } domain ? $"{id}:{domain}" : id;

    /// <summary>The ids of the records the AWS API made (not seeded) that are not <paramref name="gone"/>.</summary>
    private static HashSet<string> Made(JsonObject state, string member, Func<JsonNode, bool> gone, Func<JsonNode, string> id) =>
        (state[member] as JsonArray ?? []).Where(r => r is not null && r["seeded"]?.GetValue<bool>() != true && !gone(r))
            .Select(r => id(r!)).ToHashSet(StringComparer.Ordinal);

    /// <summary>Compares with the ids a state holds per resource type.</summary>
    public Audit Compare(IEnumerable<StateEntry> state) => Compare(state.Select(e => (e.Type, e.Id)));

    /// <summary>Compares with (type, id) pairs, such as a `pulumi stack export`'s resources.</summary>
    public Audit Compare(IEnumerable<(string Type, string Id)> state)
    {
        var recorded = state.Where(e => e.Type is Values.Eks or Values.Lmus or Values.Registration or Values.Subscription)
            .Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
        var live = Configs.Concat(Associations).Concat(Registrations ?? Enumerable.Empty<string>())
            .Concat(Subscriptions ?? Enumerable.Empty<string>()).ToHashSet(StringComparer.Ordinal);
        return new Audit([.. live.Except(recorded).Order(StringComparer.Ordinal)], [.. recorded.Except(live).Order(StringComparer.Ordinal)]);
    }

    public sealed record Audit(IReadOnlyList<string> Orphans, IReadOnlyList<string> Lost)
    {
        public bool Clean => Orphans.Count == 0 && Lost.Count == 0;

        public override string ToString() =>
            Clean ? "state and emulator agree" : $"orphans (live, not in state): [{string.Join(", ", Orphans)}]; lost (in state, not live): [{string.Join(", ", Lost)}]";
    }
}
