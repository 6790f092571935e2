using System.Text.Json.Nodes;
using AwsIdentity.Harness;
using static AwsIdentity.ProtocolTests.Lifecycle.SubscriptionPrograms;

namespace AwsIdentity.ProtocolTests.Lifecycle;

/// <summary>
/// awsidentity:licensemanager:IdentityProviderRegistration programs, the emulator's settings of a registration, and the
/// one-stack chain registration → subscription → association, each taking the identity provider (and product) from
/// the outputs of the one before, as the examples do.
/// </summary>
public static class RegistrationPrograms
{
    /// <summary>What the emulator fills in when a registration gives no settings (tools/AwsIdentity.Emulator/README.md).</summary>
    public static readonly string[] DefaultSubnets = ["subnet-0a1b2c3d4e5f60001", "subnet-0a1b2c3d4e5f60002"];
    public const string DefaultSecurityGroup = "sg-0a1b2c3d4e5f60003";

    public static Declared Registration(string directoryId, Action<JsonObject>? edit = null, double timeoutSeconds = Programs.TimeoutSeconds) =>
        new(Values.Registration, RegistrationName, new JsonObject
        {
            ["identityProvider"] = IdentityProvider(directoryId),
            ["product"] = Product,
            ["tags"] = new JsonObject { ["team"] = "desktop" },
        }.With(o => edit?.Invoke(o)), timeoutSeconds);

    public static JsonObject Settings(string securityGroupId, params string[] subnets) =>
        new() { ["subnets"] = new JsonArray([.. subnets.Select(s => (JsonNode?)s)]), ["securityGroupId"] = securityGroupId };

    public static string RegistrationId(string directoryId, string product = Product) => $"{directoryId}:{product}";

    /// <summary>The registration's settings as the emulator holds them: its subnets (sorted) and security group.</summary>
    public static (IReadOnlyList<string> Subnets, string? SecurityGroupId) LiveSettings(this JsonObject registration)
    {
        var settings = JsonNode.Parse(registration.Str("settingsJson") ?? "{}")!;
        return ([.. (settings["Subnets"] as JsonArray ?? []).Select(n => n!.GetValue<string>()).Order(StringComparer.Ordinal)],
            settings["SecurityGroupId"]?.GetValue<string>());
    }

    /// <summary>Registrations that are not failed (a deregistered one is no longer listed).</summary>
    public static IReadOnlyList<JsonObject> LiveRegistrations(this JsonObject state, string directoryId) =>
        state.Registrations(directoryId).Where(r => r.Str("status") != "FAILED").ToList();

    /// <summary>
    /// registration → subscription → association: the subscription's identityProvider and product are the
    /// registration's outputs, the association's identityProvider the subscription's (propertyDependencies say so).
    /// </summary>
    public static IReadOnlyList<Chained> Chain(string directoryId, string instanceId, Action<JsonObject>? registration = null)
    {
        static JsonNode? Out(Func<string, JsonObject> outputs, string name, string property) => outputs(name)[property]?.DeepClone();
        return
        [
            Chained.Root(Registration(directoryId, registration)),
            new(Values.Subscription, SubscriptionName, o => Subscription(directoryId).Inputs.With(s =>
                {
                    s["identityProvider"] = Out(o, RegistrationName, "identityProvider");
                    s["product"] = Out(o, RegistrationName, "product");
                }),
                new Dictionary<string, string[]> { ["identityProvider"] = [RegistrationName], ["product"] = [RegistrationName] }, Programs.TimeoutSeconds),
            new(Values.Lmus, Programs.LmusName, o => Programs.Lmus(instanceId).Inputs.With(a =>
                    a["identityProvider"] = Out(o, SubscriptionName, "identityProvider")),
                new Dictionary<string, string[]> { ["identityProvider"] = [SubscriptionName] }, Programs.TimeoutSeconds),
        ];
    }
}
