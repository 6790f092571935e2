using System.Text.Json.Nodes;
using AwsIdentity.Harness;

namespace AwsIdentity.Demo;

/// <summary>
/// One step of a plan as `pulumi preview --json` reports it (pulumi/pulumi pkg/display/json.go PreviewStep): `op` is
/// a pkg/resource/deploy/step.go StepOp ("create", "update", "replace", "create-replacement", "delete-replaced",
/// "delete", "same"), detailed-diff kinds are sdk/go/common/resource/plugin/provider.go DiffKind.String() ("add",
/// "add-replace", "update", "update-replace", "delete", "delete-replace"). Both modes build plans in this shape.
/// </summary>
public sealed record PlannedStep(string Op, string Urn, IReadOnlyDictionary<string, string> DetailedDiff, IReadOnlyList<string> ReplaceReasons)
{
    public string Type => Urns.Type(Urn);
    public string Name => Urns.Name(Urn);
    public override string ToString() => $"{Name}: {Op}";
}

/// <summary>The steps of one preview, in the engine's order (pkg/resource/deploy/step_generator.go).</summary>
public sealed record Plan(IReadOnlyList<PlannedStep> Steps)
{
    public IEnumerable<PlannedStep> Changes => Steps.Where(s => s.Op != "same");

    public IReadOnlyList<PlannedStep> Of(string name) => [.. Steps.Where(s => s.Name == name)];

    /// <summary>Counts per op, as the CLI's changeSummary: "3 create", "1 update, 1 replace".</summary>
    public string Summary() => string.Join(", ", Changes.Where(s => s.Op is not ("create-replacement" or "delete-replaced"))
        .GroupBy(s => s.Op).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Count()} {g.Key}")) is { Length: > 0 } s ? s : "no changes";

    public override string ToString() => $"[{string.Join(", ", Steps)}]";
}

/// <summary>One resource of the stack's recorded state (a `pulumi stack export` resource, apitype.ResourceV3).</summary>
public sealed record StateResource(string Urn, string Type, string Id, JsonObject Outputs)
{
    public string Name => Urns.Name(Urn);
}

/// <summary>The stack's managed resources (no root stack, no provider resources).</summary>
public sealed record StackState(IReadOnlyList<StateResource> Resources)
{
    public StateResource? Named(string prefix) => Resources.SingleOrDefault(r => r.Name.StartsWith(prefix, StringComparison.Ordinal));

    public EmulatorInventory.Audit Audit(EmulatorInventory inventory) => inventory.Compare(Resources.Select(r => (r.Type, r.Id)));
}

/// <summary>URNs: urn:pulumi:&lt;stack&gt;::&lt;project&gt;::&lt;qualified type&gt;::&lt;name&gt; (sdk/go/common/resource/urn.go).</summary>
public static class Urns
{
    public static string Type(string urn) => Part(urn, 2).Split('$')[^1];

    public static string Name(string urn) => urn[(urn.LastIndexOf("::", StringComparison.Ordinal) + 2)..];

    /// <summary>What the demo checks: the program's resources, not the root stack nor provider resources.</summary>
    public static bool IsManaged(string type) => !type.StartsWith("pulumi:", StringComparison.Ordinal);

    private static string Part(string urn, int index)
    {
        var parts = urn.Split("::");
        return parts.Length > index ? parts[index] : "";
    }
}
