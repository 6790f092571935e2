using System.Text.RegularExpressions;
using AwsIdentity.ProtocolTests.Harness;
using AwsIdentity.Harness;
using Google.Protobuf.WellKnownTypes;
using Pulumirpc;

namespace AwsIdentity.ProtocolTests;

/// <summary>Process-level contract (ARCHITECTURE.md "Start-up and handshake"): port line, arguments, attach mode, signals. One process per test.</summary>
public sealed partial class StartupTests
{
    [GeneratedRegex(@"^\d{1,5}\n$")]
    private static partial Regex PortLine();

    [Fact]
    public async Task Stdout_holds_exactly_the_port_line()
    {
        await using var engine = await FakeEngine.StartAsync();
        await using var provider = await ProviderProcess.StartAsync(engine.Address);
        Assert.Matches(PortLine(), provider.FirstLine);
        Assert.InRange(provider.Port, 1, 65535);
        await provider.Client.GetPluginInfoAsync(new Empty());
        await provider.Client.CheckAsync(Requests.Check(Values.Eks, Fixtures.EksInputs()));
        await provider.Client.CreateAsync(Requests.Create(Values.Eks, Fixtures.EksInputs()));

        Assert.Equal(0, await provider.SignalAndWaitAsync(Signals.SigInt, TimeSpan.FromSeconds(5)));
        Assert.Equal(provider.FirstLine, provider.Stdout);
        Assert.Equal("", provider.Stderr);
    }

    [Fact]
    public async Task Accepts_the_engine_start_up_arguments()
    {
        await using var engine = await FakeEngine.StartAsync();
        await using var provider = await ProviderProcess.StartAsync("--logtostderr", "-v=9", "--tracing", "x", engine.Address);
        Assert.Matches(PortLine(), provider.FirstLine);
        var handshake = await provider.Client.HandshakeAsync(Requests.Handshake(engine.Address));
        Assert.True(handshake.AcceptSecrets);
        var info = await provider.Client.GetPluginInfoAsync(new Empty());
        Assert.NotEmpty(info.Version);
        Assert.Equal(0, await provider.SignalAndWaitAsync(Signals.SigTerm, TimeSpan.FromSeconds(5)));
        Assert.Equal(provider.FirstLine, provider.Stdout);
    }

    [Theory]
    [InlineData(Signals.SigInt)]
    [InlineData(Signals.SigTerm)]
    public async Task Exits_0_on_signal_within_5_seconds(int signal)
    {
        await using var engine = await FakeEngine.StartAsync();
        await using var provider = await ProviderProcess.StartAsync(engine.Address);
        await provider.Client.GetSchemaAsync(new GetSchemaRequest());
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var code = await provider.SignalAndWaitAsync(signal, TimeSpan.FromSeconds(5));
        Assert.True(code is not null, $"still running 5 s after {Signals.Name(signal)}; stderr: {provider.Stderr}");
        Assert.Equal(0, code);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"took {clock.Elapsed}");
    }

    [Fact]
    public async Task Exits_0_on_SIGINT_after_Cancel_and_stays_responsive_until_then()
    {
        await using var provider = await ProviderProcess.StartAsync("127.0.0.1:1");
        await provider.Client.CancelAsync(new Empty());
        // Cancel is advisory: calls that need no AWS keep working until the engine shuts the plugin down.
        var check = await provider.Client.CheckAsync(Requests.Check(Values.Eks, Fixtures.EksInputs()));
        Assert.Empty(check.Failures);
        Assert.Equal(0, await provider.SignalAndWaitAsync(Signals.SigInt, TimeSpan.FromSeconds(5)));
    }

    [Fact]
    public async Task Attach_mode_without_arguments_prints_a_port_and_takes_the_engine_from_Attach()
    {
        await using var engine = await FakeEngine.StartAsync();
        await using var provider = await ProviderProcess.StartAsync();
        Assert.Matches(PortLine(), provider.FirstLine);
        var handshake = await provider.Client.HandshakeAsync(Requests.Handshake(engine.Address));
        Assert.True(handshake.AcceptSecrets);
        await provider.Client.AttachAsync(new PluginAttach { Address = engine.Address });
        var configure = await provider.Client.ConfigureAsync(Requests.Configure(Fixtures.ProviderConfig()));
        Assert.True(configure.SupportsPreview);
        Assert.Equal(0, await provider.SignalAndWaitAsync(Signals.SigInt, TimeSpan.FromSeconds(5)));
        Assert.Equal(provider.FirstLine, provider.Stdout);
    }

    [Fact]
    public async Task An_unreachable_engine_does_not_stop_the_provider()
    {
        // Log calls to a dead engine are reported on stderr, never fail an operation (EngineLog).
        await using var provider = await ProviderProcess.StartAsync("127.0.0.1:1");
        var created = await provider.Client.CreateAsync(Requests.Create(Values.Lmus, Fixtures.LmusInputs()));
        Assert.Equal("alice", Values.ToJson(created.Properties)["username"]?.GetValue<string>());
    }

    [Fact]
    public async Task Log_calls_that_reach_the_engine_are_well_formed()
    {
        await using var engine = await FakeEngine.StartAsync();
        await using (var provider = await ProviderProcess.StartAsync(engine.Address))
        {
            await provider.Client.HandshakeAsync(Requests.Handshake(engine.Address));
            await provider.Client.ConfigureAsync(Requests.Configure(Fixtures.ProviderConfig()));
            await provider.Client.CreateAsync(Requests.Create(Values.Eks, Fixtures.EksInputs(), preview: true));
            Assert.Equal(0, await provider.SignalAndWaitAsync(Signals.SigInt, TimeSpan.FromSeconds(5)));
        }
        Assert.All(engine.Logs, l =>
        {
            Assert.True(System.Enum.IsDefined(l.Severity), $"severity {l.Severity}");
            Assert.NotEmpty(l.Message);
        });
        Assert.Empty(engine.StatusLines); // a preview never polls AWS
    }
}
