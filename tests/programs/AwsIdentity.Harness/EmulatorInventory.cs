using System.Text.Json.Nodes;

namespace AwsIdentity.Harness;

/// <summary>
/// What exists in the emulator, keyed the way the provider ids its resources (EKS `cluster:config`, LMUS
/// `instance:directory:user[:domain]`), and its comparison with an engine's recorded state: orphans are live
/// objects no state entry names, lost resources are state entries with no live object.
/// </summary>
public sealed record EmulatorInventory(IReadOnlySet<string> Configs, IReadOnlySet<string> Associations)
{
    public int Count => Configs.Count + Associations.Count;

    public static async Task<EmulatorInventory> ReadAsync(EmulatorControl control) => From(await control.StateAsync());

    public static EmulatorInventory From(JsonObject state)
    {
        var configs = (state["configs"] as JsonArray ?? [])
            .Select(c => $"{c!["clusterName"]}:{c["name"]}").ToHashSet(StringComparer.Ordinal);
        var associations = (state["associations"] as JsonArray ?? [])
            .Where(a => IsLive(a!["status"]?.GetValue<string>()))
            .Select(a => AssociationId(a!)).ToHashSet(StringComparer.Ordinal);
        return new EmulatorInventory(configs, associations);
    }

    /// <summary>Disassociated and failed records stay listed in the emulator (as in AWS) but are not objects.</summary>
    public static bool IsLive(string? status) => status is not null
        && !status.Equals("DISASSOCIATED", StringComparison.OrdinalIgnoreCase)
        && !status.Contains("FAIL", StringComparison.OrdinalIgnoreCase);

    private static string AssociationId(JsonNode a)
    {
        var id = $"{a["instanceId"]}:{a["directoryId"]}:{a["username"]}";
        return a["domain"]?.GetValue<string>() is { Length: > 0 } domain ? $"{id}:{domain}" : id;
    }

    /// <summary>Compares with the ids a state holds per resource type.</summary>
    public Audit Compare(IEnumerable<StateEntry> state) => Compare(state.Select(e => (e.Type, e.Id)));

    /// <summary>Compares with (type, id) pairs, such as a `pulumi stack export`'s resources.</summary>
    public Audit Compare(IEnumerable<(string Type, string Id)> state)
    {
        var recorded = state.Where(e => e.Type is Values.Eks or Values.Lmus).Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
        var live = Configs.Concat(Associations).ToHashSet(StringComparer.Ordinal);
        return new Audit([.. live.Except(recorded).Order(StringComparer.Ordinal)], [.. recorded.Except(live).Order(StringComparer.Ordinal)]);
    }

    public sealed record Audit(IReadOnlyList<string> Orphans, IReadOnlyList<string> Lost)
    {
        public bool Clean => Orphans.Count == 0 && Lost.Count == 0;

        public override string ToString() =>
            Clean ? "state and emulator agree" : $"orphans (live, not in state): [{string.Join(", ", Orphans)}]; lost (in state, not live): [{string.Join(", ", Lost)}]";
    }
}
