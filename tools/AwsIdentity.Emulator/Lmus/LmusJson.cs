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
        return With(json, ("FailureMessage", p.FailureMessage));
    }

    public static JsonObject User(AssociationRecord a) => With(Person(a, "InstanceUserArn"),
        ("InstanceId", a.InstanceId), ("AssociationDate", Date(a.AssociationDate)), ("DisassociationDate", Date(a.DisassociationDate)));

    public static JsonObject Subscription(SubscriptionRecord s) => With(Person(s, "ProductUserArn"),
        ("Product", s.Product), ("SubscriptionStartDate", Date(s.StartDate)), ("SubscriptionEndDate", Date(s.EndDate)));

    private static string? Date(DateTimeOffset? time) => time is { } t ? Date(t) : null;

    /// <summary>The members an InstanceUserSummary and a ProductUserSummary share.</summary>
    private static JsonObject Person(LmusUserRecord r, string arnMember) => With(new JsonObject
    {
        ["Username"] = r.Username,
        ["IdentityProvider"] = JsonNode.Parse(r.IdentityProviderJson),
        ["Status"] = r.Status,
        [arnMember] = r.Arn,
    }, ("StatusMessage", r.StatusMessage), ("Domain", r.Domain));

    /// <summary>Adds the members that have a value.</summary>
    private static JsonObject With(JsonObject json, params (string Member, string? Value)[] members)
    {
        foreach (var (member, value) in members.Where(m => m.Value is not null))
        {
            json[member] = value;
        }

        return json;
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
