using System.Runtime.InteropServices;
using AwsIdentity.Core.Operations;
using AwsIdentity.Provider.Host;
using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace AwsIdentity.Provider.Terraform;

/// <summary>
/// The Terraform front end's host, go-plugin's server side (hashicorp/go-plugin server.go Serve; hashicorp/go-plugin
/// docs/guide-plugin-write-non-go.md): Kestrel on 127.0.0.1:&lt;free port&gt; over HTTP/2, mutual TLS when terraform
/// sent its certificate (plaintext h2c when it did not: TF_DISABLE_PLUGIN_TLS, reattach), the handshake line
/// <c>1|6|tcp|127.0.0.1:PORT|grpc|CERT</c> as the only stdout output, hclog JSON lines on stderr. It serves
/// tfplugin6.Provider and plugin.GRPCController, and ends on Shutdown, when terraform dies, or on SIGTERM; SIGINT
/// is ignored, as go-plugin plugins do, because terraform answers Ctrl-C with StopProvider.
/// </summary>
public static class TerraformHost
{
    /// <summary>terraform-plugin-go's limit both ways (hashicorp/terraform-plugin-go tfprotov6/tf6server/server.go).</summary>
    private const int MaxMessageBytes = 256 * 1024 * 1024;

    private static readonly TimeSpan ParentCheckInterval = TimeSpan.FromMilliseconds(250);
    private static readonly TimeSpan StopGrace = TimeSpan.FromMilliseconds(500);

    public static async Task<int> RunAsync(string? clientCertificatePem)
    {
        var log = new HclogWriter(Console.Error, TimeProvider.System);
        using var tls = clientCertificatePem is null ? null : PluginTls.Start(clientCertificatePem, TimeProvider.System);
        var builder = GrpcHostBuilder.Create(MaxMessageBytes, ignoreUnknownServices: false, listen =>
        {
            listen.Protocols = HttpProtocols.Http2;
            if (tls is not null) listen.UseHttps(tls.HttpsOptions());
        });
        builder.Logging.AddProvider(new HclogLoggerProvider(log, LogLevel.Warning));
        builder.Services.AddSingleton<IHostLifetime, SignalFreeLifetime>(); // not the console lifetime: it stops on SIGINT
        builder.Services.AddSingleton(log);
        builder.Services.AddSingleton<IOperationLog>(log);
        builder.Services.AddSingleton<PluginExit>();
        builder.Services.AddSingleton<Wire.TerraformResources>();

        await using var app = builder.Build();
        GrpcHostBuilder.UseBurstCollector(app);
        app.MapGrpcService<TerraformProviderService>();
        app.MapGrpcService<ControllerService>();

        var exit = app.Services.GetRequiredService<PluginExit>();
        using var parent = ParentWatch.Start(ParentCheckInterval, pid => exit.Request($"the process that started the provider (pid {pid}) has exited"));
        using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, c =>
        {
            c.Cancel = true;
            exit.Request("SIGTERM");
        });
        using var sigint = PosixSignalRegistration.Create(PosixSignal.SIGINT, c => c.Cancel = true);

        await app.StartAsync().ConfigureAwait(false);
        var certificate = "";
        if (tls is not null)
        {
            try
            {
                certificate = PluginCertificates.HandshakeField(await tls.ServerCertificateAsync().ConfigureAwait(false));
            }
            catch (InvalidOperationException e)
            {
                log.Write(HclogLevel.Error, e.Message);
                return 1;
            }
        }
        await Console.Out.WriteAsync($"1|6|tcp|127.0.0.1:{GrpcHostBuilder.BoundPort(app)}|grpc|{certificate}\n").ConfigureAwait(false);
        await Console.Out.FlushAsync().ConfigureAwait(false);
        if (tls is null) log.Write(HclogLevel.Warn, "no PLUGIN_CLIENT_CERT from terraform: serving without TLS on 127.0.0.1");

        var reason = await exit.Requested.ConfigureAwait(false);
        log.Write(HclogLevel.Debug, $"stopping: {reason}");
        app.Services.GetRequiredService<CancellationRoot>().Cancel();
        // Kestrel's graceful stop sends the answer to Shutdown still in its buffers and closes idle connections at
        // once (an aborting stop reset the connection under it, measured); calls the cancellation did not end by
        // then are cut off.
        using var grace = new CancellationTokenSource(StopGrace);
        await app.StopAsync(grace.Token).ConfigureAwait(false);
        return 0;
    }

    /// <summary>A host lifetime that reacts to no signal; this host handles its signals itself.</summary>
    private sealed class SignalFreeLifetime : IHostLifetime
    {
        public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
