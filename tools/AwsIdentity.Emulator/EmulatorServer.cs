using System.Net;
using AwsIdentity.Emulator.Control;
using AwsIdentity.Emulator.Faults;
using AwsIdentity.Emulator.Hosting;
using AwsIdentity.Emulator.State;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace AwsIdentity.Emulator;

/// <summary>The emulator as an in-process server on 127.0.0.1 (Program.cs wraps it for the command line).</summary>
public sealed class EmulatorServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private EmulatorServer(WebApplication app, Uri endpoint, EmulatorStore store)
    {
        _app = app;
        Endpoint = endpoint;
        Store = store;
    }

    /// <summary>http://127.0.0.1:N</summary>
    public Uri Endpoint { get; }

    /// <summary>The state, for tests that want to look inside without the control API.</summary>
    public EmulatorStore Store { get; }

    public static async Task<EmulatorServer> StartAsync(EmulatorOptions options, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().ConfigureKestrel(k =>
        {
            k.Listen(IPAddress.Loopback, options.Port);
            k.Limits.MaxRequestBodySize = null;
            k.AddServerHeader = false;
        });
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Logging.AddConsole(c => c.LogToStandardErrorThreshold = LogLevel.Trace);
        var app = builder.Build();

        var store = new EmulatorStore(options.Time, options.Transition, options.StateFile);
        var faults = new FaultInjector(options.Seed);
        var limiter = new RateLimiter(options.Time);
        var stats = new Stats(options.Time);
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("awsidentity-emulator");
        var control = new ControlApi(store, faults, limiter, stats);
        var pipeline = new AwsPipeline(options, store, faults, limiter, stats, logger);
        app.Run(http => http.Request.Path.StartsWithSegments(ControlApi.Prefix, StringComparison.Ordinal)
            ? control.HandleAsync(http)
            : pipeline.HandleAsync(http));

        await app.StartAsync(ct);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        var port = new Uri(address).Port;
        return new EmulatorServer(app, new Uri($"http://127.0.0.1:{port}"), store);
    }

    public Task StopAsync(CancellationToken ct = default) => _app.StopAsync(ct);

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync(CancellationToken.None);
        await _app.DisposeAsync();
    }
}
