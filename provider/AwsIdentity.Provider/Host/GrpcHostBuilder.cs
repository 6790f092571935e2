using System.Net;
using AwsIdentity.Core.Aws;
using AwsIdentity.Core.Config;
using AwsIdentity.Core.Resources;
using AwsIdentity.Core.Resources.Eks;
using AwsIdentity.Core.Resources.LicenseManager;
using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace AwsIdentity.Provider.Host;

/// <summary>
/// What both front ends' hosts share: a Kestrel gRPC server on 127.0.0.1:&lt;free port&gt; with the engine's message
/// limit, and the protocol-neutral core (the resources and what they run on). Each host adds its own log
/// (IOperationLog), services and handshake.
/// </summary>
public static class GrpcHostBuilder
{
    public static WebApplicationBuilder Create(int maxMessageBytes, bool ignoreUnknownServices, Action<ListenOptions> listen)
    {
        // The empty builder reads no configuration files and watches no directories: engines start plugins in the
        // program's directory, and the default builders' file watchers walk it (node_modules and all), which cost
        // ~50 ms of start-up in a JavaScript project.
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions { Args = [], ContentRootPath = AppContext.BaseDirectory });
        builder.WebHost.UseKestrelCore();
        builder.Services.AddRoutingCore();
        builder.Services.AddLogging();
        builder.WebHost.ConfigureKestrel(k =>
        {
            k.Listen(IPAddress.Loopback, 0, listen);
            k.Limits.MaxRequestBodySize = maxMessageBytes;
            // Both engines make every call over one connection (pulumi/pulumi sdk/go/common/resource/plugin/provider_plugin.go;
            // go-plugin's one client connection) and grpc-go holds calls above the server's stream limit (grpc/grpc-go
            // internal/transport/http2_client.go): Kestrel's default of 100 capped `pulumi up --parallel 2200` at 100
            // creates at a time (make bench's 10x section over one connection: 3.2x its bound instead of 1.1x). grpc-go's
            // own servers set no limit (server.go).
            k.Limits.Http2.MaxStreamsPerConnection = int.MaxValue;
        });
        builder.Services.AddGrpc(o =>
        {
            o.MaxReceiveMessageSize = maxMessageBytes;
            o.MaxSendMessageSize = maxMessageBytes;
            o.IgnoreUnknownServices = ignoreUnknownServices;
        });
        builder.Services.AddSingleton<CancellationRoot>();
        builder.Services.AddSingleton<ProviderContext>();
        builder.Services.AddSingleton<ProviderInfo>();
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<IAwsClients, ConfiguredAwsClients>();
        builder.Services.AddSingleton<ResourceServices>();
        builder.Services.AddSingleton<AssociationLookup>();
        builder.Services.AddSingleton<IResourceHandler, IdentityProviderConfigHandler>();
        builder.Services.AddSingleton<IResourceHandler, UserAssociationHandler>();
        builder.Services.AddSingleton<IResourceHandler, ProductSubscriptionHandler>();
        builder.Services.AddSingleton<IResourceHandler, IdentityProviderRegistrationHandler>();
        builder.Services.AddSingleton<ResourceRegistry>();
        return builder;
    }

    /// <summary>Counts calls in flight for <see cref="BurstCollector"/> (a full collection after a burst of calls).</summary>
    public static void UseBurstCollector(WebApplication app)
    {
        var collector = BurstCollector.ForProcess();
        app.Use(async (context, next) =>
        {
            collector.Enter();
            try { await next(context).ConfigureAwait(false); }
            finally { collector.Exit(); }
        });
    }

    /// <summary>The port Kestrel bound (port 0 asks the kernel for a free one).</summary>
    public static int BoundPort(WebApplication app) => new Uri(app.Urls.First()).Port;
}
