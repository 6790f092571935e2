using System.Text.Json.Nodes;
using AwsIdentity.Aws.EKS;
using AwsIdentity.Aws.LicenseManagerUserSubscriptions;
using AwsIdentity.Aws.Tests.Support;
using AwsIdentity.Emulator;

namespace AwsIdentity.Aws.Tests.EndToEnd;

/// <summary>An in-process emulator per test, with clients that sign with its keys (real SigV4 checking).</summary>
public sealed class EmulatorFixture : IAsyncDisposable
{
    private readonly EnvironmentScope _env = new();
    private readonly HttpClient _control = new();

    private EmulatorFixture(EmulatorServer server)
    {
        Server = server;
        _control.BaseAddress = server.Endpoint;
    }

    public EmulatorServer Server { get; }

    public static async Task<EmulatorFixture> StartAsync() =>
        new(await EmulatorServer.StartAsync(new EmulatorOptions { Transition = TimeSpan.Zero }));

    public AwsClientSettings Settings(string? secretKey = null, int maxRetries = 3) => new()
    {
        Region = "us-east-1",
        AccessKey = "test",
        SecretKey = secretKey ?? "test",
        EksEndpoint = Server.Endpoint.ToString(),
        LicenseManagerUserSubscriptionsEndpoint = Server.Endpoint.ToString(),
        MaxRetries = maxRetries,
    };

    public IAmazonEKS Eks(int maxRetries = 3) => AwsClientFactory.CreateEks(Settings(maxRetries: maxRetries));

    public IAmazonLicenseManagerUserSubscriptions Lmus(int maxRetries = 3) =>
        AwsClientFactory.CreateLicenseManagerUserSubscriptions(Settings(maxRetries: maxRetries));

    /// <summary>POST to the emulator's control API (/_emulator/...).</summary>
    public async Task ControlAsync(string path, JsonObject body)
    {
        using var content = new StringContent(body.ToJsonString(), System.Text.Encoding.UTF8, "application/json");
        using var response = await _control.PostAsync("/_emulator/" + path, content);
        Assert.True(response.IsSuccessStatusCode, $"control {path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }

    public async ValueTask DisposeAsync()
    {
        _control.Dispose();
        await Server.DisposeAsync();
        _env.Dispose();
    }
}
