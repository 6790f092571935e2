using System.Globalization;
using System.Net.Security;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using AwsIdentity.Provider.Host;
using AwsIdentity.Provider.Terraform;
using Grpc.Net.Client;

namespace AwsIdentity.Harness;

/// <summary>
/// The real binary started the way terraform starts it (hashicorp/go-plugin client.go Start): magic cookie, protocol
/// versions, port range and, unless <c>client</c> is null (TF_DISABLE_PLUGIN_TLS), terraform's own client certificate
/// in PLUGIN_CLIENT_CERT. Parses the handshake line and opens gRPC channels that present a chosen certificate and
/// trust exactly the one the provider printed, as terraform does.
/// </summary>
public sealed class TerraformPluginProcess : IAsyncDisposable
{
    private readonly List<GrpcChannel> _channels = [];

    private TerraformPluginProcess(ProviderProcess process, X509Certificate2? client)
    {
        Process = process;
        Client = client;
        (Port, ServerCertificate) = ParseHandshake(process.FirstLine);
    }

    public ProviderProcess Process { get; }
    public X509Certificate2? Client { get; }
    public int Port { get; }
    public X509Certificate2? ServerCertificate { get; }

    /// <summary>A certificate like terraform's client certificate (hashicorp/go-plugin mtls.go: ECDSA P-521).</summary>
    public static X509Certificate2 NewClientCertificate() => PluginCertificates.Create(ECCurve.NamedCurves.nistP521, DateTimeOffset.UtcNow);

    /// <summary>What terraform 1.11 puts in a provider's environment; a null value removes the variable.</summary>
    public static Dictionary<string, string?> Environment(X509Certificate2? client) => new()
    {
        [LaunchMode.CookieKey] = LaunchMode.CookieValue,
        [LaunchMode.ProtocolVersionsKey] = "5,6",
        ["PLUGIN_MIN_PORT"] = "10000",
        ["PLUGIN_MAX_PORT"] = "25000",
        [LaunchMode.ClientCertKey] = client?.ExportCertificatePem(),
    };

    public static async Task<TerraformPluginProcess> StartAsync(X509Certificate2? client, string? program = null, params string[] args)
    {
        var process = await ProviderProcess.StartAsync(program ?? RepoPaths.ProviderBinary(), Environment(client), args);
        try
        {
            return new TerraformPluginProcess(process, client);
        }
        catch
        {
            await process.DisposeAsync();
            throw;
        }
    }

    /// <summary>
    /// go-plugin's handshake line, <c>1|6|tcp|127.0.0.1:PORT|grpc|CERT</c>: the port and the server certificate (null
    /// when the field is empty). CERT is unpadded standard base64 of the DER (hashicorp/go-plugin client.go).
    /// </summary>
    public static (int Port, X509Certificate2? Server) ParseHandshake(string line)
    {
        if (!line.EndsWith('\n')) throw new FormatException($"handshake line without its newline: {line}");
        var fields = line.TrimEnd('\n').Split('|');
        if (fields.Length != 6 || fields[0] != "1" || fields[1] != "6" || fields[2] != "tcp" || fields[4] != "grpc"
            || !fields[3].StartsWith("127.0.0.1:", StringComparison.Ordinal))
            throw new FormatException($"not a go-plugin protocol 6 tcp handshake: {line}");
        var port = int.Parse(fields[3]["127.0.0.1:".Length..], CultureInfo.InvariantCulture);
        if (fields[5].Length == 0) return (port, null);
        if (fields[5].Contains('=')) throw new FormatException("the certificate field is padded; go's RawStdEncoding refuses padding");
        var der = Convert.FromBase64String(fields[5].PadRight((fields[5].Length + 3) / 4 * 4, '='));
        return (port, X509CertificateLoader.LoadCertificate(der));
    }

    /// <summary>A channel that presents <paramref name="presented"/> (none when null) and trusts only the printed
    /// certificate under the name "localhost"; plain h2c when the provider printed none.</summary>
    public GrpcChannel OpenChannel(X509Certificate2? presented)
    {
        var handler = new SocketsHttpHandler();
        if (ServerCertificate is not null)
        {
            var expected = ServerCertificate.RawData;
            handler.SslOptions = new SslClientAuthenticationOptions
            {
                TargetHost = "localhost",
                ClientCertificates = presented is null ? null : new X509CertificateCollection { presented },
                LocalCertificateSelectionCallback = (_, _, _, _, _) => presented!,
                RemoteCertificateValidationCallback = (_, cert, _, _) => cert is not null && cert.GetRawCertData().AsSpan().SequenceEqual(expected),
            };
        }
        var channel = GrpcChannel.ForAddress($"{(ServerCertificate is null ? "http" : "https")}://127.0.0.1:{Port}",
            new GrpcChannelOptions { HttpHandler = handler });
        _channels.Add(channel);
        return channel;
    }

    /// <summary>The provider client over a channel presenting terraform's certificate.</summary>
    public Tfplugin6.Provider.ProviderClient Provider() => new(OpenChannel(Client));

    public Plugin.GRPCController.GRPCControllerClient Controller() => new(OpenChannel(Client));

    public async ValueTask DisposeAsync()
    {
        foreach (var channel in _channels) channel.Dispose();
        await Process.DisposeAsync();
    }
}
