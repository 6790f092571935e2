using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace AwsIdentity.Harness;

/// <summary>The emulator's out-of-band control API (/_emulator/, see tools/AwsIdentity.Emulator/README.md).</summary>
public sealed class EmulatorControl(Uri endpoint) : IDisposable
{
    private readonly HttpClient _http = new() { BaseAddress = endpoint, Timeout = TimeSpan.FromSeconds(30) };

    public Task ResetAsync() => Post("reset", new JsonObject());
    /// <summary>An ACTIVE cluster at once; <paramref name="region"/> only shapes its ARN (the emulator's state is not
    /// partitioned by region, and a cluster of the same name elsewhere is replaced).</summary>
    public Task CreateClusterAsync(string name, string? region = null) =>
        Post("eks/clusters", new JsonObject { ["name"] = name, ["region"] = region });

    public Task RegisterDirectoryAsync(string directoryId, string? product = null) =>
        Post("lmus/identity-providers", new JsonObject { ["directoryId"] = directoryId, ["product"] = product });

    /// <summary>Marks an instance as not found (AssociateUser fails), or found again.</summary>
    public Task SetInstanceNotFoundAsync(string instanceId, bool notFound = true) =>
        Post("lmus/instances", new JsonObject { ["instanceId"] = instanceId, ["notFound"] = notFound });
    public Task SettingsAsync(int transitionMs) => Post("settings", new JsonObject { ["transitionMs"] = transitionMs });
    public Task FaultsAsync(JsonObject rules) => Post("faults", rules);
    public Task ClearFaultsAsync() => _http.DeleteAsync("/_emulator/faults").ContinueWith(t => t.Result.EnsureSuccessStatusCode());

    public Task NextErrorsAsync(string operation, string errorCode, int count, int? httpStatus = null) => Post("faults/next", new JsonObject
    {
        ["operation"] = operation, ["errorCode"] = errorCode, ["count"] = count, ["httpStatus"] = httpStatus,
    });

    public Task FailNextUpdateAsync(string errorCode, string message, string? cluster = null) => Post("eks/fail-next-update", new JsonObject
    {
        ["cluster"] = cluster, ["errorCode"] = errorCode, ["errorMessage"] = message,
    });

    public Task FailNextAssociationAsync(string statusMessage) => Post("lmus/fail-next-association", new JsonObject { ["statusMessage"] = statusMessage });
    public Task RateLimitAsync(string service, double rps, int burst) => Post("ratelimit", new JsonObject { ["service"] = service, ["requestsPerSecond"] = rps, ["burst"] = burst });
    public Task DeleteConfigAsync(string cluster, string name) => Post("eks/delete-config", new JsonObject { ["cluster"] = cluster, ["name"] = name });
    public Task UpdateConfigAsync(JsonObject fields) => Post("eks/update-config", fields);
    public Task DeleteAssociationAsync(JsonObject selector) => Post("lmus/delete-association", selector);
    public Task EchoAsync(JsonObject settings) => Post("echo", settings);
    public Task SetTagsAsync(string arn, JsonObject tags) => Post("tags", new JsonObject { ["arn"] = arn, ["tags"] = tags });
    public Task ResetStatsAsync() => Post("stats/reset", new JsonObject());

    public async Task<JsonObject> StateAsync() => (await _http.GetFromJsonAsync<JsonObject>("/_emulator/state"))!;
    public async Task<JsonObject> StatsAsync() => (await _http.GetFromJsonAsync<JsonObject>("/_emulator/stats"))!;

    /// <summary>How many calls of one AWS operation the emulator has served since the last stats reset.</summary>
    public async Task<int> CallsAsync(string operation) =>
        (await StatsAsync())["operations"]?[operation]?.GetValue<int>() ?? 0;

    /// <summary>Any control endpoint by its path under /_emulator/ (the LMUS registration and subscription ones: RegistrationControl.cs).</summary>
    public Task PostAsync(string path, JsonObject body) => Post(path, body);

    private async Task Post(string path, JsonObject body)
    {
        using var response = await _http.PostAsync($"/_emulator/{path}", new StringContent(body.ToJsonString(), System.Text.Encoding.UTF8, "application/json"));
        if (!response.IsSuccessStatusCode)
            throw new InvalidOperationException($"emulator control {path} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
    }

    public void Dispose() => _http.Dispose();
}
