using System.Text.Json.Nodes;
using AwsIdentity.Harness;

namespace AwsIdentity.ProtocolTests.Lifecycle;

/// <summary>
/// Programs and emulator readings for the License Manager registration and subscription lifecycle tests. Each test
/// uses a directory of its own, so that registrations (one per directory and product) never meet across tests.
/// </summary>
public static class SubscriptionPrograms
{
    public const string Product = "VISUAL_STUDIO_ENTERPRISE";
    public const string OtherProduct = "VISUAL_STUDIO_PROFESSIONAL";
    public const string SubscriptionName = "sub";
    public const string RegistrationName = "reg";

    public static string NewDirectoryId() => "d-" + Guid.NewGuid().ToString("N")[..10];

    public static JsonObject IdentityProvider(string directoryId) =>
        new() { ["activeDirectoryIdentityProvider"] = new JsonObject { ["directoryId"] = directoryId } };

    public static Declared Subscription(string directoryId, string username = "alice", Action<JsonObject>? edit = null,
        double timeoutSeconds = Programs.TimeoutSeconds) =>
        new(Values.Subscription, SubscriptionName, new JsonObject
        {
            ["username"] = username,
            ["identityProvider"] = IdentityProvider(directoryId),
            ["product"] = Product,
            ["domain"] = "corp.example.com",
            ["tags"] = new JsonObject { ["team"] = "desktop" },
        }.With(o => edit?.Invoke(o)), timeoutSeconds);

    /// <summary>A directory registered for <paramref name="products"/> through the control API (a fixture, not a stack's).</summary>
    public static async Task<string> SeededDirectoryAsync(LifecycleFixture fixture, params string[] products)
    {
        var directoryId = NewDirectoryId();
        foreach (var product in products.DefaultIfEmpty(Product)) await fixture.Control.RegisterDirectoryAsync(directoryId, product);
        return directoryId;
    }

    public static string SubscriptionId(string directoryId, string username = "alice", string product = Product, string? domain = "corp.example.com") =>
        domain is null ? $"{directoryId}:{product}:{username}" : $"{directoryId}:{product}:{username}:{domain}";

    /// <summary>The directory's subscription records, stopped ones included (AWS keeps listing them).</summary>
    public static IReadOnlyList<JsonObject> Subscriptions(this JsonObject state, string directoryId) =>
        Items(state, "subscriptions").Where(s => s.Str("directoryId") == directoryId).ToList();

    /// <summary>Subscriptions that still hold the product: neither stopped nor failed.</summary>
    public static IReadOnlyList<JsonObject> LiveSubscriptions(this JsonObject state, string directoryId) =>
        state.Subscriptions(directoryId).Where(s => s.Str("status") is not ("UNSUBSCRIBED" or "FAILED")).ToList();

    public static IReadOnlyList<JsonObject> Registrations(this JsonObject state, string directoryId) =>
        Items(state, "identityProviders").Where(r => r.Str("directoryId") == directoryId).ToList();

    private static IEnumerable<JsonObject> Items(JsonObject state, string key) =>
        state[key]?.AsArray().Select(n => n!.AsObject()) ?? [];
}
