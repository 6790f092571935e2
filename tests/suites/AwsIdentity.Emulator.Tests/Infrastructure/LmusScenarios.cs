using System.Text.Json.Nodes;

namespace AwsIdentity.Emulator.Tests.Infrastructure;

/// <summary>Request bodies and setups for registrations and product subscriptions.</summary>
public static class LmusScenarios
{
    public const string Product = "VISUAL_STUDIO_ENTERPRISE";
    public const string Start = "/user/StartProductSubscription";
    public const string Stop = "/user/StopProductSubscription";
    public const string List = "/user/ListProductSubscriptions";
    public const string Register = "/identity-provider/RegisterIdentityProvider";
    public const string Update = "/identity-provider/UpdateIdentityProviderSettings";
    public const string Deregister = "/identity-provider/DeregisterIdentityProvider";
    public const string ListProviders = "/identity-provider/ListIdentityProviders";

    public static JsonObject Registration(string product = Product, string directory = Scenarios.Directory) =>
        new() { ["IdentityProvider"] = Scenarios.IdentityProvider(directory), ["Product"] = product };

    public static JsonObject Subscription(string username, string product = Product, string? domain = null)
    {
        var body = new JsonObject { ["Username"] = username, ["IdentityProvider"] = Scenarios.IdentityProvider(), ["Product"] = product };
        if (domain is not null)
        {
            body["Domain"] = domain;
        }

        return body;
    }

    public static JsonObject UpdateSettings(string[] add, string[] remove, string? securityGroupId = null)
    {
        var update = new JsonObject
        {
            ["AddSubnets"] = new JsonArray(add.Select(s => (JsonNode?)s).ToArray()),
            ["RemoveSubnets"] = new JsonArray(remove.Select(s => (JsonNode?)s).ToArray()),
        };
        if (securityGroupId is not null)
        {
            update["SecurityGroupId"] = securityGroupId;
        }

        var body = Registration();
        body["UpdateSettings"] = update;
        return body;
    }

    public static JsonObject ListSubscriptions(string? product = null, JsonArray? filters = null, int? max = null, string? next = null)
    {
        var body = new JsonObject { ["IdentityProvider"] = Scenarios.IdentityProvider() };
        Set(body, "Product", product);
        Set(body, "Filters", filters);
        Set(body, "MaxResults", max);
        Set(body, "NextToken", next);
        return body;
    }

    /// <summary>Starts a subscription for each user and lets them become SUBSCRIBED.</summary>
    public static async Task SubscribeAsync(TestEmulator emu, params string[] users)
    {
        foreach (var user in users)
        {
            (await emu.LmusAsync(Start, Subscription(user))).Ok();
        }

        emu.Settle();
    }

    /// <summary>The subscriptions ListProductSubscriptions shows, as (username, status).</summary>
    public static async Task<List<(string User, string Status)>> ListedAsync(TestEmulator emu, JsonObject? body = null) =>
        (await emu.LmusAsync(List, body ?? ListSubscriptions())).Ok().Body["ProductUserSummaries"]!.AsArray()
            .Select(s => ((string)s!["Username"]!, (string)s["Status"]!)).ToList();

    /// <summary>The one registration ListIdentityProviders shows.</summary>
    public static async Task<JsonNode> SingleRegistrationAsync(TestEmulator emu) =>
        Assert.Single((await emu.LmusAsync(ListProviders, "{}")).Ok().Body["IdentityProviderSummaries"]!.AsArray())!;

    private static void Set(JsonObject body, string member, JsonNode? value)
    {
        if (value is not null)
        {
            body[member] = value;
        }
    }
}
