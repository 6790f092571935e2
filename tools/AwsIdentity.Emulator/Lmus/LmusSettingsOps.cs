using System.Text.Json.Nodes;
using AwsIdentity.Emulator.State;
using AwsIdentity.Emulator.Wire;

namespace AwsIdentity.Emulator.Lmus;

/// <summary>UpdateIdentityProviderSettings, and the settings a registration gets when none are given.</summary>
public static class LmusSettingsOps
{
    /// <summary>The emulator's stand-in for what AWS fills in (the model's IdentityProviderSummary always carries
    /// Settings): two subnets and a security group, as the directory's VPC would have (README.md says so).</summary>
    public static readonly string[] DefaultSubnets = ["subnet-0a1b2c3d4e5f60001", "subnet-0a1b2c3d4e5f60002"];

    public const string DefaultSecurityGroupId = "sg-0a1b2c3d4e5f60003";

    public static JsonObject Defaults() => Settings(DefaultSubnets, DefaultSecurityGroupId);

    public static JsonObject Settings(IEnumerable<string> subnets, string securityGroupId) => new()
    {
        ["Subnets"] = new JsonArray(subnets.Select(s => (JsonNode?)s).ToArray()),
        ["SecurityGroupId"] = securityGroupId,
    };

    /// <summary>Applies AddSubnets, RemoveSubnets and SecurityGroupId at once. The model gives this operation no
    /// ResourceNotFoundException, so every refusal is a ValidationException.</summary>
    public static JsonObject Update(OperationContext ctx)
    {
        var record = LmusRules.FindRegistration(ctx) ?? throw LmusRules.Invalid("The identity provider is not registered.");
        if (record.Status != LmusStatus.Registered)
        {
            throw LmusRules.Invalid(
                $"Identity provider {record.DirectoryId} for product {record.Product} is {record.Status}; settings change only when it is {LmusStatus.Registered}.");
        }

        var current = JsonNode.Parse(record.SettingsJson ?? Defaults().ToJsonString())!;
        var subnets = (current["Subnets"] as JsonArray ?? []).Select(n => (string)n!).ToList();
        var update = ctx.Request.Obj("UpdateSettings")!;
        var add = Strings(update["AddSubnets"]);
        var remove = Strings(update["RemoveSubnets"]);
        var absent = remove.Where(r => !subnets.Contains(r, StringComparer.Ordinal)).ToList();
        if (absent.Count > 0)
        {
            throw LmusRules.Invalid($"Cannot remove subnet(s) {string.Join(", ", absent)}: not in the identity provider's settings.");
        }

        subnets = subnets.Except(remove, StringComparer.Ordinal).Concat(add).Distinct(StringComparer.Ordinal).ToList();
        if (subnets.Count == 0)
        {
            throw LmusRules.Invalid("The identity provider's settings must keep at least one subnet.");
        }

        var securityGroup = (string?)update["SecurityGroupId"] ?? (string?)current["SecurityGroupId"] ?? DefaultSecurityGroupId;
        record.SettingsJson = Settings(subnets, securityGroup).ToJsonString();
        return new JsonObject { ["IdentityProviderSummary"] = LmusJson.IdentityProvider(record) };
    }

    private static List<string> Strings(JsonNode? list) => (list as JsonArray ?? []).Select(n => (string)n!).ToList();
}
