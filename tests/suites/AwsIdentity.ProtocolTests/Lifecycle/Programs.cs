using System.Text.Json.Nodes;
using AwsIdentity.Harness;
using Google.Protobuf.WellKnownTypes;

namespace AwsIdentity.ProtocolTests.Lifecycle;

/// <summary>The programs the lifecycle tests "run": one resource each, built from the shared fixtures.</summary>
public static class Programs
{
    public const string EksName = "idp";
    public const string LmusName = "user";

    /// <summary>customTimeouts of every program unless a test says otherwise: a stuck wait fails the test, not the suite.</summary>
    public const double TimeoutSeconds = 30;

    public static Declared Eks(string cluster, Action<JsonObject>? edit = null, double timeoutSeconds = TimeoutSeconds) =>
        new(Values.Eks, EksName, Fixtures.EksInputs().With(o =>
        {
            o["clusterName"] = cluster;
            edit?.Invoke(o);
        }), timeoutSeconds);

    public static Declared Lmus(string instanceId, string username = "alice", Action<JsonObject>? edit = null, double timeoutSeconds = TimeoutSeconds,
        string name = LmusName) =>
        new(Values.Lmus, name, Fixtures.LmusInputs().With(o =>
        {
            o["instanceId"] = instanceId;
            o["username"] = username;
            o["identityProvider"]!["activeDirectoryIdentityProvider"]!["directoryId"] = LifecycleFixture.DirectoryId;
            edit?.Invoke(o);
        }), timeoutSeconds);

    public static JsonObject Json(Struct? value) => Values.ToJson(value);

    public static StepEvent Single(IReadOnlyList<StepEvent> events) => Assert.Single(events);

    public static string? Str(this JsonNode? node, string path)
    {
        var current = node;
        foreach (var part in path.Split('.')) current = current?[part];
        return current?.GetValue<string>();
    }
}

/// <summary>Reading the emulator's /_emulator/state dump.</summary>
public static class EmulatorState
{
    public static IReadOnlyList<JsonObject> Configs(this JsonObject state, string cluster) =>
        Items(state, "configs").Where(c => c.Str("clusterName") == cluster).ToList();

    /// <summary>The cluster's updates in the order EKS accepted them.</summary>
    public static IReadOnlyList<JsonObject> Updates(this JsonObject state, string cluster) =>
        Items(state, "updates").Where(u => u.Str("clusterName") == cluster)
            .OrderBy(u => DateTimeOffset.Parse(u.Str("createdAt")!, System.Globalization.CultureInfo.InvariantCulture)).ToList();

    public static IReadOnlyList<JsonObject> Associations(this JsonObject state, string instanceId) =>
        Items(state, "associations").Where(a => a.Str("instanceId") == instanceId).ToList();

    /// <summary>Associations that still hold a subscription (anything but DISASSOCIATED, which stays listed).</summary>
    public static IReadOnlyList<JsonObject> LiveAssociations(this JsonObject state, string instanceId) =>
        state.Associations(instanceId).Where(a => a.Str("status") != "DISASSOCIATED").ToList();

    public static JsonObject TagsOf(this JsonObject state, string arn) =>
        state["tags"]?[arn]?.AsObject() ?? new JsonObject();

    private static IEnumerable<JsonObject> Items(JsonObject state, string key) =>
        state[key]?.AsArray().Select(n => n!.AsObject()) ?? [];
}
