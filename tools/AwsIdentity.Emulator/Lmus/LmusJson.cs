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
        if (p.SettingsJson is not null)
        {
            json["Settings"] = JsonNode.Parse(p.SettingsJson);
        }

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
        if (a.StatusMessage is not null)
        {
            json["StatusMessage"] = a.StatusMessage;
        }

        if (a.Domain is not null)
        {
            json["Domain"] = a.Domain;
        }

        if (a.AssociationDate is { } associated)
        {
            json["AssociationDate"] = Date(associated);
        }

        if (a.DisassociationDate is { } disassociated)
        {
            json["DisassociationDate"] = Date(disassociated);
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
