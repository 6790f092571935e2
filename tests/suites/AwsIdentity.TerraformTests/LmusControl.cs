using System.Text;
using System.Text.Json.Nodes;
using AwsIdentity.Harness;

namespace AwsIdentity.TerraformTests;

/// <summary>The emulator's control endpoints for registrations and subscriptions that EmulatorControl has no method
/// for (tools/AwsIdentity.Emulator/README.md, "Control API"): drift, out-of-band deletes, seeded objects.</summary>
internal sealed class LmusControl(EmulatorProcess emulator) : IDisposable
{
    private readonly HttpClient _http = new() { BaseAddress = new Uri(emulator.Url), Timeout = TimeSpan.FromSeconds(30) };

    /// <summary>Replaces a registration's settings out of band (subnets and/or security group).</summary>
    public Task UpdateRegistrationAsync(string directoryId, string product, JsonObject settings) =>
        PostAsync("update-identity-provider", settings.With(s => { s["directoryId"] = directoryId; s["product"] = product; }));

    public Task DeleteRegistrationAsync(string directoryId, string product) =>
        PostAsync("delete-identity-provider", new JsonObject { ["directoryId"] = directoryId, ["product"] = product });

    /// <summary>mode "stop": UNSUBSCRIBED and still listed (reads as gone); "remove": the record dropped.</summary>
    public Task DeleteSubscriptionAsync(string productUserArn, string mode) =>
        PostAsync("delete-subscription", new JsonObject { ["productUserArn"] = productUserArn, ["mode"] = mode });

    /// <summary>A SUBSCRIBED subscription that no stack made (no ownership marker).</summary>
    public Task SeedSubscriptionAsync(string directoryId, string product, string username) =>
        PostAsync("subscriptions", new JsonObject { ["directoryId"] = directoryId, ["product"] = product, ["username"] = username });

    private async Task PostAsync(string path, JsonObject body)
    {
        using var response = await _http.PostAsync($"/_emulator/lmus/{path}", new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json"));
        Assert.True(response.IsSuccessStatusCode, $"emulator control lmus/{path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }

    public void Dispose() => _http.Dispose();
}
