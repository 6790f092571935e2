using AwsIdentity.Harness;
using Pulumirpc;

namespace AwsIdentity.ProtocolTests.Harness;

/// <summary>
/// One provider process per test class: started against a <see cref="FakeEngine"/>, handshaken and configured
/// with <see cref="Fixtures.ProviderConfig"/>, stopped with SIGINT (and asserted to exit 0) at the end.
/// </summary>
public sealed class ProviderFixture : IAsyncLifetime
{
    private FakeEngine? _engine;
    private ProviderProcess? _provider;

    public FakeEngine Engine => _engine ?? throw new InvalidOperationException("fixture not started");
    public ProviderProcess Provider => _provider ?? throw new InvalidOperationException("fixture not started");
    public ResourceProvider.ResourceProviderClient Client => Provider.Client;

    public async Task InitializeAsync()
    {
        _engine = await FakeEngine.StartAsync();
        _provider = await ProviderProcess.StartAsync(_engine.Address);
        await Client.HandshakeAsync(Requests.Handshake(_engine.Address));
        await Client.ConfigureAsync(Requests.Configure(Fixtures.ProviderConfig()));
    }

    public async Task DisposeAsync()
    {
        try
        {
            if (_provider is not null)
            {
                var code = await _provider.SignalAndWaitAsync(Signals.SigInt, TimeSpan.FromSeconds(5));
                if (code != 0) throw new InvalidOperationException($"provider exit code {code?.ToString() ?? "none (still running)"}; stderr: {_provider.Stderr}");
            }
        }
        finally
        {
            if (_provider is not null) await _provider.DisposeAsync();
            if (_engine is not null) await _engine.DisposeAsync();
        }
    }
}
