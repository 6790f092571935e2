using System.Text.Json;
using System.Text.Json.Nodes;

namespace AwsIdentity.Demo;

/// <summary>
/// The two documents CLI mode reads, in the shapes the Pulumi CLI writes them:
/// `pulumi preview --json`: pkg/backend/display/json.go ShowPreviewDigest marshals pkg/display/json.go PreviewDigest
/// (`steps[]` of PreviewStep: `op`, `urn`, `replaceReasons`, `detailedDiff` {path: {`kind`, `inputDiff`}}, and
/// `changeSummary`); `pulumi stack export`: pkg/cmd/pulumi/stack/stack_export.go encodes apitype.UntypedDeployment
/// (sdk/go/common/apitype/core.go: `version`, `deployment`), whose deployment is a DeploymentV3 with `resources[]`
/// of ResourceV3 (`urn`, `custom`, `id`, `type`, `outputs`).
/// </summary>
public static class CliDocuments
{
    public static Plan ParsePreview(string json)
    {
        var digest = Parse(json, "pulumi preview --json");
        var steps = new List<PlannedStep>();
        foreach (var step in digest["steps"] as JsonArray ?? [])
        {
            var urn = step?["urn"]?.GetValue<string>() ?? throw new InvalidDataException("pulumi preview --json: a step without urn");
            if (!Urns.IsManaged(Urns.Type(urn))) continue;
            var detailed = (step["detailedDiff"] as JsonObject ?? []).ToDictionary(kv => kv.Key, kv => kv.Value?["kind"]?.GetValue<string>() ?? "");
            var reasons = (step["replaceReasons"] as JsonArray ?? []).Select(r => r!.GetValue<string>()).ToList();
            steps.Add(new PlannedStep(step["op"]?.GetValue<string>() ?? "", urn, detailed, reasons));
        }
        return new Plan(steps);
    }

    /// <summary>changeSummary: op → count, as the CLI counted them (same included).</summary>
    public static IReadOnlyDictionary<string, int> ChangeSummary(string json) =>
        (Parse(json, "pulumi preview --json")["changeSummary"] as JsonObject ?? []).ToDictionary(kv => kv.Key, kv => kv.Value!.GetValue<int>());

    public static StackState ParseExport(string json)
    {
        var untyped = Parse(json, "pulumi stack export");
        // pkg/backend/diy/backend.go ExportDeployment marshals the checkpoint's Latest, null for a stack never updated.
        if (untyped["deployment"] is null) return new StackState([]);
        var version = untyped["version"]?.GetValue<int>() ?? 0;
        if (version is < 3) throw new InvalidDataException($"pulumi stack export: deployment version {version}, expected 3 or later");
        var resources = new List<StateResource>();
        foreach (var r in untyped["deployment"]?["resources"] as JsonArray ?? [])
        {
            var type = r?["type"]?.GetValue<string>() ?? "";
            if (r?["custom"]?.GetValue<bool>() != true || !Urns.IsManaged(type) || r["delete"]?.GetValue<bool>() == true) continue;
            resources.Add(new StateResource(r["urn"]!.GetValue<string>(), type, r["id"]?.GetValue<string>() ?? "", r["outputs"]?.DeepClone() as JsonObject ?? []));
        }
        return new StackState(resources);
    }

    private static JsonObject Parse(string json, string what)
    {
        try
        {
            return JsonNode.Parse(json) as JsonObject ?? throw new InvalidDataException($"{what}: not a JSON object");
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{what}: not JSON ({e.Message}): {json[..Math.Min(json.Length, 200)]}");
        }
    }
}
