using System.Runtime.InteropServices;
using AwsIdentity.Core.Operations;
using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace AwsIdentity.Provider.Host;

/// <summary>
/// The Pulumi front end's host: listens on 127.0.0.1:&lt;free port&gt; (plain HTTP/2), prints the port and a newline
/// alone on stdout (the engine reads exactly that: ARCHITECTURE.md "Start-up and handshake"), serves until SIGINT or
/// SIGTERM. Nothing else is ever written to stdout.
/// </summary>
public static class PulumiHost
{
    private const int MaxMessageBytes = 400 * 1024 * 1024; // the engine's 400 MB message limit

    public static async Task<int> RunAsync(HostArguments arguments)
    {
        var builder = GrpcHostBuilder.Create(MaxMessageBytes, ignoreUnknownServices: true, o => o.Protocols = HttpProtocols.Http2);
        if (arguments.LogToStderr || arguments.Verbosity > 0)
            builder.Logging.AddSimpleConsole().AddFilter(level => level >= LogLevel.Warning)
                .Services.Configure<Microsoft.Extensions.Logging.Console.ConsoleLoggerOptions>(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.Services.AddSingleton(arguments);
        builder.Services.AddSingleton(new EngineLog(arguments.LogToStderr));
        builder.Services.AddSingleton<IOperationLog>(sp => sp.GetRequiredService<EngineLog>());

        await using var app = builder.Build();
        GrpcHostBuilder.UseBurstCollector(app);
        app.MapGrpcService<ProviderService>();
        UnimplementedFallback.Map(app);

        var root = app.Services.GetRequiredService<CancellationRoot>();
        app.Services.GetRequiredService<EngineLog>().Connect(arguments.EngineAddress);
        using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, _ => root.Cancel());
        using var sigint = PosixSignalRegistration.Create(PosixSignal.SIGINT, _ => root.Cancel());
        app.Lifetime.ApplicationStopping.Register(root.Cancel);

        await app.StartAsync().ConfigureAwait(false);
        await Console.Out.WriteAsync($"{GrpcHostBuilder.BoundPort(app)}\n").ConfigureAwait(false);
        await Console.Out.FlushAsync().ConfigureAwait(false);

        await app.WaitForShutdownAsync().ConfigureAwait(false);
        return 0;
    }
}
