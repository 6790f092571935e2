using System.Net;
using System.Runtime.InteropServices;
using AwsIdentity.Provider.Aws;
using AwsIdentity.Provider.Config;
using AwsIdentity.Provider.Resources;
using AwsIdentity.Provider.Resources.Eks;
using AwsIdentity.Provider.Resources.LicenseManager;
using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace AwsIdentity.Provider.Host;

/// <summary>
/// Entry point of pulumi-resource-awsidentity: listens on 127.0.0.1:&lt;free port&gt; (plain HTTP/2), prints the
/// port and a newline alone on stdout (the engine reads exactly that: ARCHITECTURE.md "Start-up and handshake"), serves until SIGINT or
/// SIGTERM. Nothing else is ever written to stdout.
/// </summary>
public static class Program
{
    public static async Task<int> Main(string[] args)
    {
        var arguments = HostArguments.Parse(args);
        // The empty builder reads no configuration files and watches no directories: the engine starts plugins in
        // the program's directory, and the default builders' file watchers walk it (node_modules and all),
        // which cost ~50 ms of start-up in a JavaScript project.
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions { Args = [], ContentRootPath = AppContext.BaseDirectory });
        builder.WebHost.UseKestrelCore();
        builder.Services.AddRoutingCore();
        builder.Services.AddLogging();
        if (arguments.LogToStderr || arguments.Verbosity > 0)
            builder.Logging.AddSimpleConsole().AddFilter(level => level >= LogLevel.Warning)
                .Services.Configure<Microsoft.Extensions.Logging.Console.ConsoleLoggerOptions>(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.WebHost.ConfigureKestrel(k =>
        {
            k.Listen(IPAddress.Loopback, 0, o => o.Protocols = HttpProtocols.Http2);
            k.Limits.MaxRequestBodySize = 400 * 1024 * 1024; // the engine's 400 MB message limit
            // The engine makes every call over one connection (pulumi/pulumi sdk/go/common/resource/plugin/provider_plugin.go)
            // and grpc-go holds calls above the server's stream limit (grpc/grpc-go internal/transport/http2_client.go):
            // Kestrel's default of 100 capped `pulumi up --parallel 2200` at 100 creates at a time (make bench's 10×
            // section over one connection: 3.2× its bound instead of 1.1×). grpc-go's own servers set no limit (server.go).
            k.Limits.Http2.MaxStreamsPerConnection = int.MaxValue;
        });
        builder.Services.AddGrpc(o =>
        {
            o.MaxReceiveMessageSize = 400 * 1024 * 1024;
            o.MaxSendMessageSize = 400 * 1024 * 1024;
            o.IgnoreUnknownServices = true;
        });
        builder.Services.AddSingleton(arguments);
        builder.Services.AddSingleton(new EngineLog(arguments.LogToStderr));
        builder.Services.AddSingleton<IEngineLog>(sp => sp.GetRequiredService<EngineLog>());
        builder.Services.AddSingleton<CancellationRoot>();
        builder.Services.AddSingleton<ProviderContext>();
        builder.Services.AddSingleton<ProviderInfo>();
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<IAwsClients, ConfiguredAwsClients>();
        builder.Services.AddSingleton<ResourceServices>();
        builder.Services.AddSingleton<AssociationLookup>();
        builder.Services.AddSingleton<IResourceHandler, IdentityProviderConfigHandler>();
        builder.Services.AddSingleton<IResourceHandler, UserAssociationHandler>();
        builder.Services.AddSingleton<ResourceRegistry>();

        await using var app = builder.Build();
        var collector = BurstCollector.ForProcess();
        app.Use(async (context, next) =>
        {
            collector.Enter();
            try { await next(context).ConfigureAwait(false); }
            finally { collector.Exit(); }
        });
        app.MapGrpcService<ProviderService>();
        UnimplementedFallback.Map(app);

        var root = app.Services.GetRequiredService<CancellationRoot>();
        app.Services.GetRequiredService<EngineLog>().Connect(arguments.EngineAddress);
        using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, _ => root.Cancel());
        using var sigint = PosixSignalRegistration.Create(PosixSignal.SIGINT, _ => root.Cancel());
        app.Lifetime.ApplicationStopping.Register(root.Cancel);

        await app.StartAsync().ConfigureAwait(false);
        var port = new Uri(app.Urls.First()).Port;
        await Console.Out.WriteAsync($"{port}\n").ConfigureAwait(false);
        await Console.Out.FlushAsync().ConfigureAwait(false);

        await app.WaitForShutdownAsync().ConfigureAwait(false);
        return 0;
    }
}
