using System.Text.Json.Nodes;
using AwsIdentity.Harness;

namespace AwsIdentity.ProtocolTests.Lifecycle;

/// <summary>
/// One emulator (short transitions), one fake engine and one provider process per test class. Tests in a class
/// run one after another and use their own clusters and instances, so they share the emulator safely.
/// </summary>
public sealed class LifecycleFixture : IAsyncLifetime
{
    public const int TransitionMs = 300;
    public const string DefaultTagOwner = "lifecycle-tests";
    public const string DirectoryId = "d-1234567890";

    private EmulatorProcess? _emulator;
    private FakeEngine? _engine;
    private ProviderProcess? _provider;

    public EmulatorProcess Emulator => _emulator ?? throw new InvalidOperationException("fixture not started");
    public EmulatorControl Control => Emulator.Control;
    public FakeEngine Engine => _engine ?? throw new InvalidOperationException("fixture not started");
    public ProviderProcess Provider => _provider ?? throw new InvalidOperationException("fixture not started");

    public async Task InitializeAsync()
    {
        _emulator = await EmulatorProcess.StartAsync(TransitionMs);
        _engine = await FakeEngine.StartAsync();
        _provider = await StartProviderAsync();
        await Control.RegisterDirectoryAsync(DirectoryId);
    }

    /// <summary>A further provider process on the same engine (for Cancel, which ends a provider's useful life).</summary>
    public async Task<ProviderProcess> StartProviderAsync()
    {
        var provider = await ProviderProcess.StartAsync(Engine.Address);
        await provider.Client.HandshakeAsync(Requests.Handshake(Engine.Address));
        return provider;
    }

    /// <summary>A configured engine with empty state, driving <paramref name="provider"/> (default: the class's provider);
    /// a new stack unless <paramref name="stack"/> names one (the same stack again, as after a crash).</summary>
    public async Task<MiniEngine> NewEngineAsync(ProviderProcess? provider = null, int parallelism = 16, string? stack = null)
    {
        var engine = new MiniEngine((provider ?? Provider).Client, project: "lifecycle", stack: stack ?? Guid.NewGuid().ToString("N")[..8])
        {
            Parallelism = parallelism,
            DeleteTimeoutSeconds = Programs.TimeoutSeconds,
        };
        await engine.ConfigureAsync(ProviderConfig());
        return engine;
    }

    public JsonObject ProviderConfig() => new()
    {
        ["region"] = "us-east-1",
        ["accessKey"] = "test",
        ["secretKey"] = "test",
        ["endpoints"] = new JsonObject { ["eks"] = Emulator.Url, ["licenseManagerUserSubscriptions"] = Emulator.Url },
        ["defaultTags"] = new JsonObject { ["tags"] = new JsonObject { ["owner"] = DefaultTagOwner } },
    };

    /// <summary>A new ACTIVE cluster with a unique name.</summary>
    public async Task<string> NewClusterAsync(string prefix = "c")
    {
        var name = $"{prefix}-{Guid.NewGuid().ToString("N")[..10]}";
        await Control.CreateClusterAsync(name);
        return name;
    }

    /// <summary>A unique, well-formed instance id (every such instance exists in the emulator).</summary>
    public static string NewInstanceId() => "i-" + Guid.NewGuid().ToString("N")[..17];

    public async Task DisposeAsync()
    {
        try
        {
            if (_provider is not null)
            {
                var code = await _provider.SignalAndWaitAsync(Signals.SigInt, TimeSpan.FromSeconds(5));
                if (code != 0) throw new InvalidOperationException($"provider exit code {code?.ToString() ?? "none"}; stderr: {_provider.Stderr}");
            }
        }
        finally
        {
            if (_provider is not null) await _provider.DisposeAsync();
            if (_engine is not null) await _engine.DisposeAsync();
            if (_emulator is not null) await _emulator.DisposeAsync();
        }
    }
}
