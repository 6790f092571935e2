using System.Text.Json.Nodes;

namespace AwsIdentity.Demo.Tests;

/// <summary>
/// Engine mode whose plans and state reach the scenario the way CLI mode's do: written as the CLI writes
/// `preview --json` (pkg/display/json.go PreviewDigest, with the root stack and provider steps) and `stack export`
/// (apitype.UntypedDeployment, version 3) and read back through <see cref="CliDocuments"/>.
/// </summary>
public sealed class CliShapedDriver(IDemoDriver inner) : IDemoDriver
{
    private const string Prefix = "urn:pulumi:local::awsidentity-demo::";

    public Task StartAsync(string emulatorUrl, CancellationToken ct) => inner.StartAsync(emulatorUrl, ct);
    public Task SetConfigAsync(string key, string value, CancellationToken ct) => inner.SetConfigAsync(key, value, ct);
    public async Task<Plan> PreviewAsync(CancellationToken ct) => CliDocuments.ParsePreview(Digest(await inner.PreviewAsync(ct)));
    public async Task<Plan> PreviewExpectNoChangesAsync(CancellationToken ct) => CliDocuments.ParsePreview(Digest(await inner.PreviewExpectNoChangesAsync(ct)));
    public Task UpAsync(CancellationToken ct) => inner.UpAsync(ct);
    public Task RefreshAsync(CancellationToken ct) => inner.RefreshAsync(ct);
    public Task DestroyAsync(CancellationToken ct) => inner.DestroyAsync(ct);
    public async Task<StackState> StateAsync(CancellationToken ct) => CliDocuments.ParseExport(Export(await inner.StateAsync(ct)));
    public Task FinishAsync(bool succeeded, CancellationToken ct) => inner.FinishAsync(succeeded, ct);
    public ValueTask DisposeAsync() => inner.DisposeAsync();

    public static string Digest(Plan plan)
    {
        var steps = new JsonArray(
            new JsonObject { ["op"] = "same", ["urn"] = Prefix + "pulumi:pulumi:Stack::awsidentity-demo-local", ["detailedDiff"] = null },
            new JsonObject { ["op"] = "same", ["urn"] = Prefix + "pulumi:providers:awsidentity::default", ["detailedDiff"] = null });
        foreach (var s in plan.Steps.Where(s => s.Op != "same"))
            steps.Add(new JsonObject
            {
                ["op"] = s.Op, ["urn"] = s.Urn, ["replaceReasons"] = new JsonArray([.. s.ReplaceReasons.Select(r => JsonValue.Create(r))]),
                ["detailedDiff"] = s.DetailedDiff.Count == 0 ? null
                    : new JsonObject(s.DetailedDiff.Select(kv => KeyValuePair.Create(kv.Key, (JsonNode?)new JsonObject { ["kind"] = kv.Value, ["inputDiff"] = false }))),
            });
        var summary = new JsonObject(plan.Steps.GroupBy(s => s.Op).Select(g => KeyValuePair.Create(g.Key, (JsonNode?)g.Count())));
        return new JsonObject { ["steps"] = steps, ["changeSummary"] = summary, ["duration"] = 1 }.ToJsonString();
    }

    public static string Export(StackState state)
    {
        var resources = new JsonArray(
            new JsonObject { ["urn"] = Prefix + "pulumi:pulumi:Stack::awsidentity-demo-local", ["custom"] = false, ["type"] = "pulumi:pulumi:Stack" },
            new JsonObject { ["urn"] = Prefix + "pulumi:providers:awsidentity::default", ["custom"] = true, ["id"] = "04da6b54", ["type"] = "pulumi:providers:awsidentity" });
        foreach (var r in state.Resources)
            resources.Add(new JsonObject { ["urn"] = r.Urn, ["custom"] = true, ["id"] = r.Id, ["type"] = r.Type, ["outputs"] = r.Outputs.DeepClone() });
        return new JsonObject { ["version"] = 3, ["deployment"] = new JsonObject { ["manifest"] = new JsonObject { ["version"] = "v3.190.0" }, ["resources"] = resources } }.ToJsonString();
    }
}
