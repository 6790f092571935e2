using System.Globalization;
using System.Text.Json.Nodes;
using AwsIdentity.Emulator.State;
using AwsIdentity.Emulator.Wire;

namespace AwsIdentity.Emulator.Lmus;

/// <summary>Renders LMUS records in the model's output shapes (dates are strings in this API).</summary>
public static class LmusJson
{
    public static string Date(DateTimeOffset time) =>
        time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    public static JsonObject IdentityProvider(IdentityProviderRecord p)
    {
        var json = new JsonObject
        {
            ["IdentityProvider"] = JsonNode.Parse(p.IdentityProviderJson),
            ["Product"] = p.Product,
            ["Status"] = p.Status,
            ["IdentityProviderArn"] = p.Arn,
            ["OwnerAccountId"] = OperationContext.Account,
        };
        json["Settings"] = p.SettingsJson is null ? LmusSettingsOps.Defaults() : JsonNode.Parse(p.SettingsJson);
        Optional(json, "FailureMessage", p.FailureMessage);

        return json;
    }

    public static JsonObject User(AssociationRecord a)
    {
        var json = new JsonObject
        {
            ["Username"] = a.Username,
            ["InstanceId"] = a.InstanceId,
            ["IdentityProvider"] = JsonNode.Parse(a.IdentityProviderJson),
            ["Status"] = a.Status,
            ["InstanceUserArn"] = a.Arn,
        };
        Optional(json, "StatusMessage", a.StatusMessage);
        Optional(json, "Domain", a.Domain);
        Optional(json, "AssociationDate", a.AssociationDate is { } associated ? Date(associated) : null);
        Optional(json, "DisassociationDate", a.DisassociationDate is { } disassociated ? Date(disassociated) : null);
        return json;
    }

    public static JsonObject Subscription(SubscriptionRecord s)
    {
        var json = new JsonObject
        {
            ["Username"] = s.Username,
            ["Product"] = s.Product,
            ["IdentityProvider"] = JsonNode.Parse(s.IdentityProviderJson),
            ["Status"] = s.Status,
            ["ProductUserArn"] = s.Arn,
        };
        Optional(json, "StatusMessage", s.StatusMessage);
        Optional(json, "Domain", s.Domain);
        Optional(json, "SubscriptionStartDate", s.StartDate is { } start ? Date(start) : null);
        Optional(json, "SubscriptionEndDate", s.EndDate is { } end ? Date(end) : null);
        return json;
    }

    private static void Optional(JsonObject json, string member, string? value)
    {
        if (value is not null)
        {
            json[member] = value;
        }
    }

    public static JsonObject Page(string member, IEnumerable<JsonObject> items, string? next)
    {
        var json = new JsonObject { [member] = new JsonArray(items.Cast<JsonNode>().ToArray()) };
        if (next is not null)
        {
            json["NextToken"] = next;
        }

        return json;
    }
}
