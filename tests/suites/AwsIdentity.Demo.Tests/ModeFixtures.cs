using System.Text.Json.Nodes;
using AwsIdentity.Harness;
using Kind = Pulumirpc.PropertyDiff.Types.Kind;

namespace AwsIdentity.Demo.Tests;

/// <summary>
/// One situation seen by both modes: engine mode's MiniEngine step events (in completion order) and state entries,
/// and CLI mode's `preview --json` digest and `stack export` document, written as the CLI writes them.
/// </summary>
public static class ModeFixtures
{
    public const string Eks = "corpSso", First = "firstUserAssociation", Second = "secondUserAssociation";
    public const string Registration = "directoryRegistration", FirstSubscription = "firstUserSubscription", SecondSubscription = "secondUserSubscription";

    /// <summary>Every resource of the root Pulumi.yaml, in its order.</summary>
    public static readonly string[] All = [Eks, Registration, FirstSubscription, SecondSubscription, First, Second];

    public static readonly StackProgram Project = StackProgram.Load(RepoPaths.RepoRoot(), "local");

    public static string TypeOf(string name) => name switch
    {
        Eks => Values.Eks,
        Registration => Values.Registration,
        FirstSubscription or SecondSubscription => Values.Subscription,
        _ => Values.Lmus,
    };

    public static string Urn(string name) => $"urn:pulumi:local::awsidentity-demo::{TypeOf(name)}::{name}";

    public static StepEvent Event(StepKind kind, string name, bool dbr = false, params (string Path, Kind Kind)[] diff) =>
        new(kind, Urn(name), TypeOf(name), name, Preview: true) { DeleteBeforeReplace = dbr, Detailed = diff.ToDictionary(d => d.Path, d => d.Kind) };

    /// <summary>A PreviewDigest (pkg/display/json.go) with the root stack's step first, as the CLI writes it.</summary>
    public static string Digest(params (string Op, string Name, (string Path, string Kind)[] Diff, string[] Reasons)[] steps)
    {
        var array = new JsonArray(new JsonObject { ["op"] = "same", ["urn"] = "urn:pulumi:local::awsidentity-demo::pulumi:pulumi:Stack::awsidentity-demo-local", ["detailedDiff"] = null });
        foreach (var (op, name, diff, reasons) in steps)
            array.Add(new JsonObject
            {
                ["op"] = op, ["urn"] = Urn(name),
                ["diffReasons"] = new JsonArray([.. diff.Select(d => JsonValue.Create(PropertyPaths.Parse(d.Path)[0]))]),
                ["replaceReasons"] = new JsonArray([.. reasons.Select(r => JsonValue.Create(r))]),
                ["detailedDiff"] = diff.Length == 0 ? null : new JsonObject(diff.Select(d => KeyValuePair.Create(d.Path, (JsonNode?)new JsonObject { ["kind"] = d.Kind, ["inputDiff"] = true }))),
            });
        var summary = new JsonObject(steps.GroupBy(s => s.Op).Select(g => KeyValuePair.Create(g.Key, (JsonNode?)g.Count())));
        return new JsonObject { ["steps"] = array, ["changeSummary"] = summary, ["duration"] = 1000000 }.ToJsonString();
    }

    public static (string, string, (string, string)[], string[]) Step(string op, string name, params (string, string)[] diff) =>
        (op, name, diff, diff.Any(d => d.Item2.EndsWith("-replace", StringComparison.Ordinal)) ? [.. diff.Select(d => PropertyPaths.Parse(d.Item1)[0]).Distinct()] : []);

    /// <summary>The export fixture, optionally changed (JSON text replacements), and the same state as MiniEngine entries.</summary>
    public static (StackState Cli, StackState Engine) State(params (string From, string To)[] edits)
    {
        var json = CliDocumentsTests.Fixture("stack-export.json");
        foreach (var (from, to) in edits) json = json.Replace(from, to, StringComparison.Ordinal);
        var cli = CliDocuments.ParseExport(json);
        var entries = cli.Resources.Select(r => new StateEntry
        {
            Urn = r.Urn, Type = r.Type, Name = r.Name, Id = r.Id, Inputs = Values.ToStruct(new JsonObject()), Outputs = Values.ToStruct(r.Outputs),
        });
        return (cli, EngineObservations.State(entries));
    }

    /// <summary>The emulator's state holding what the export fixture records (configs by cluster/name, live associations,
    /// the registration and the subscriptions made through the API).</summary>
    public static EmulatorInventory Inventory(string secondUser = "bob") => EmulatorInventory.From(new JsonObject
    {
        ["configs"] = new JsonArray(new JsonObject { ["clusterName"] = "demo", ["name"] = "corp-sso" }),
        ["associations"] = new JsonArray(
            new JsonObject { ["instanceId"] = "i-0123456789abcdef0", ["directoryId"] = "d-1234567890", ["username"] = "alice", ["domain"] = "corp.example.com", ["status"] = "ASSOCIATED" },
            new JsonObject { ["instanceId"] = "i-0123456789abcdef0", ["directoryId"] = "d-1234567890", ["username"] = secondUser, ["domain"] = "corp.example.com", ["status"] = "ASSOCIATED" },
            new JsonObject { ["instanceId"] = "i-0123456789abcdef0", ["directoryId"] = "d-1234567890", ["username"] = "old", ["status"] = "DISASSOCIATED" }),
        ["identityProviders"] = new JsonArray(new JsonObject { ["directoryId"] = "d-1234567890", ["product"] = Product, ["status"] = "REGISTERED" }),
        ["subscriptions"] = new JsonArray([.. new[] { "alice", secondUser }.Select(user => new JsonObject
        {
            ["directoryId"] = "d-1234567890", ["product"] = Product, ["username"] = user, ["domain"] = "corp.example.com", ["status"] = "SUBSCRIBED",
        })]),
    });

    private const string Product = "VISUAL_STUDIO_ENTERPRISE";
}
