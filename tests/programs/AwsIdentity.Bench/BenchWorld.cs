using System.Text.Json.Nodes;
using AwsIdentity.Aws.EKS;
using AwsIdentity.Aws.LicenseManagerUserSubscriptions;
using AwsIdentity.Harness;

namespace AwsIdentity.Bench;

/// <summary>An emulator with typed AWS clients on it (for seeding and for the naive baseline), and, on demand, the
/// provider binary with a fake engine and a MiniEngine configured for that emulator.</summary>
public sealed class BenchWorld : IAsyncDisposable
{
    public const string Directory = "d-1000000001";
    private FakeEngine? _engine;
    private ProviderProcess? _provider;
    private Grpc.Net.Client.GrpcChannel? _channel;

    private BenchWorld(EmulatorProcess emulator, int maxRetries)
    {
        Emulator = emulator;
        var credentials = new Amazon.Runtime.BasicAWSCredentials("test", "test");
        // terraform-provider-aws (aws-sdk-go-base) turns the SDK's client-side retry quota off; so does the baseline.
        Eks = new AmazonEKSClient(credentials, new AmazonEKSConfig
        {
            ServiceURL = emulator.Url, AuthenticationRegion = "us-east-1", MaxErrorRetry = maxRetries, ThrottleRetries = false,
        });
        Lmus = new AmazonLicenseManagerUserSubscriptionsClient(credentials, new AmazonLicenseManagerUserSubscriptionsConfig
        {
            ServiceURL = emulator.Url, AuthenticationRegion = "us-east-1", MaxErrorRetry = maxRetries, ThrottleRetries = false,
        });
    }

    public EmulatorProcess Emulator { get; }
    public EmulatorControl Control => Emulator.Control;
    public IAmazonEKS Eks { get; }
    public IAmazonLicenseManagerUserSubscriptions Lmus { get; }

    /// <summary>The process id of the provider <see cref="ProviderAsync"/> started last.</summary>
    public int ProviderPid => _provider?.Pid ?? throw new InvalidOperationException("no provider started");

    /// <param name="maxRetries">SDK retries of the typed clients (terraform-provider-aws defaults to 25)</param>
    public static async Task<BenchWorld> StartAsync(int transitionMs, int clusters, int maxRetries = 25)
    {
        var emulator = await EmulatorProcess.StartAsync(transitionMs);
        ProcessGuard.Track(emulator.Pid, "awsidentity-emulator");
        var world = new BenchWorld(emulator, maxRetries);
        for (var i = 0; i < clusters; i++) await emulator.Control.CreateClusterAsync(Cluster(i));
        await emulator.Control.RegisterDirectoryAsync(Directory);
        return world;
    }

    public static string Cluster(int i) => $"bench-{i}";
    public static string Instance(int i) => $"i-{i + 1:x8}";

    /// <summary>The provider binary (engine-started, with a fake engine for its logs) and an engine that drives it.</summary>
    public async Task<MiniEngine> ProviderAsync(int parallelism)
    {
        _engine ??= await FakeEngine.StartAsync();
        if (_provider is not null) await _provider.DisposeAsync();
        _provider = await ProviderProcess.StartAsync(_engine.Address);
        ProcessGuard.Track(_provider.Pid, RepoPaths.BinaryName);
        // One HTTP/2 connection, as the engine dials a provider (pulumi/pulumi sdk/go/common/resource/plugin/provider_plugin.go,
        // grpc.NewClient) and grpc-go holds the calls above the server's MAX_CONCURRENT_STREAMS until streams end
        // (grpc/grpc-go internal/transport/http2_client.go, streamQuota). Grpc.Net.Client would otherwise open more
        // connections past that limit, which no engine does.
        _channel?.Dispose();
        _channel = Grpc.Net.Client.GrpcChannel.ForAddress($"http://127.0.0.1:{_provider.Port}", new Grpc.Net.Client.GrpcChannelOptions
        {
            HttpHandler = new SocketsHttpHandler { EnableMultipleHttp2Connections = false },
        });
        var engine = new MiniEngine(new Pulumirpc.ResourceProvider.ResourceProviderClient(_channel), "bench", "bench") { Parallelism = parallelism };
        await engine.ConfigureAsync(new JsonObject
        {
            ["region"] = "us-east-1", ["accessKey"] = "test", ["secretKey"] = "test", ["skipCredentialsValidation"] = true,
            ["endpoints"] = new JsonObject { ["eks"] = Emulator.Url, ["licenseManagerUserSubscriptions"] = Emulator.Url },
        });
        return engine;
    }

    public static Declared EksResource(int cluster, double timeout = 1800) => new(Values.Eks, $"oidc-{cluster}", new JsonObject
    {
        ["clusterName"] = Cluster(cluster),
        ["oidc"] = new JsonObject { ["identityProviderConfigName"] = "corp", ["issuerUrl"] = "https://sso.example.com", ["clientId"] = "kubernetes" },
        ["tags"] = new JsonObject { ["bench"] = "convergence" },
    }, timeout);

    public static Declared LmusResource(int user, int instance, double timeout = 1800) => new(Values.Lmus, $"user-{user}", new JsonObject
    {
        ["username"] = $"user{user}",
        ["instanceId"] = Instance(instance),
        ["identityProvider"] = new JsonObject { ["activeDirectoryIdentityProvider"] = new JsonObject { ["directoryId"] = Directory } },
        ["tags"] = new JsonObject { ["bench"] = "convergence" },
    }, timeout);

    /// <summary>Calls per operation (and in total), faults, and the per-second timeline since the last stats reset.</summary>
    public async Task<(int Total, JsonObject Operations, JsonObject Faults, JsonArray Timeline)> StatsAsync()
    {
        var stats = await Control.StatsAsync();
        return (stats["total"]?.GetValue<int>() ?? 0, stats["operations"] as JsonObject ?? [], stats["faults"] as JsonObject ?? [],
            stats["timeline"] as JsonArray ?? []);
    }

    public async ValueTask DisposeAsync()
    {
        _channel?.Dispose();
        if (_provider is not null) await _provider.DisposeAsync();
        if (_engine is not null) await _engine.DisposeAsync();
        await Emulator.DisposeAsync();
    }
}
