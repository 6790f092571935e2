using AwsIdentity.ProtocolTests.Harness;
using AwsIdentity.Harness;
using Grpc.Net.Client;
using Pulumirpc;

namespace AwsIdentity.ProtocolTests;

/// <summary>The harness itself: the fake engine records Log calls as the real engine would receive them.</summary>
public sealed class HarnessTests
{
    [Fact]
    public async Task Fake_engine_records_log_calls_and_wakes_waiters()
    {
        await using var engine = await FakeEngine.StartAsync();
        var waiting = engine.WaitForLogAsync(l => l.Ephemeral && l.Message.StartsWith("waiting", StringComparison.Ordinal), TimeSpan.FromSeconds(5));
        using var channel = GrpcChannel.ForAddress($"http://{engine.Address}");
        var client = new Engine.EngineClient(channel);
        await client.LogAsync(new LogRequest { Severity = LogSeverity.Info, Message = "hello", Urn = Values.Urn(Values.Eks) });
        await client.LogAsync(new LogRequest { Severity = LogSeverity.Info, Message = "waiting for ACTIVE", Ephemeral = true });
        var status = await waiting;
        Assert.Equal("waiting for ACTIVE", status.Message);
        Assert.Equal(2, engine.Logs.Count);
        Assert.Single(engine.StatusLines);
        await Assert.ThrowsAsync<TimeoutException>(() => engine.WaitForLogAsync(l => l.Severity == LogSeverity.Error, TimeSpan.FromMilliseconds(100)));
    }

    [Fact]
    public void Locates_the_repository_and_the_binary()
    {
        Assert.True(File.Exists(Path.Combine(RepoPaths.RepoRoot(), "Provider.sln")));
        Assert.EndsWith(RepoPaths.BinaryName, RepoPaths.ProviderBinary(), StringComparison.Ordinal);
    }
}
