using System.Net.Security;
using System.Security.Authentication;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Server.Kestrel.Https;

namespace AwsIdentity.Provider.Terraform;

/// <summary>
/// The endpoint's mutual TLS, prepared beside the server's start-up instead of before it: a worker thread parses
/// terraform's certificate, makes ours (the handshake line waits only for that, ~5 ms) and then builds the
/// certificate context, whose first build loads the system trust store (~40 ms of CPU, measured) and would otherwise
/// hold up Kestrel's listen and so the handshake line. A connection waits for whatever is not ready yet.
/// Starting the context only after the line is out was measured too (make bench's terraform-startup, 2 busy cores):
/// the line came 5–20 ms sooner, terraform's first answer 15–30 ms later; the answer is what terraform waits for.
/// </summary>
public sealed class PluginTls : IDisposable
{
    private readonly Task<(X509Certificate2 Client, X509Certificate2 Server)> _certificates;
    private readonly Task<SslStreamCertificateContext> _context;

    private PluginTls(string clientPem, TimeProvider time)
    {
        _certificates = Task.Run(() => (PluginCertificates.ParseClient(clientPem), PluginCertificates.CreateServer(time.GetUtcNow())));
        _context = _certificates.ContinueWith(
            t => SslStreamCertificateContext.Create(t.Result.Server, additionalCertificates: null, offline: true),
            CancellationToken.None, TaskContinuationOptions.OnlyOnRanToCompletion, TaskScheduler.Default);
    }

    public static PluginTls Start(string clientPem, TimeProvider time) => new(clientPem, time);

    /// <summary>Our certificate, for the handshake line; throws when terraform's certificate was unusable.</summary>
    public async Task<X509Certificate2> ServerCertificateAsync() => (await _certificates.ConfigureAwait(false)).Server;

    /// <summary>
    /// Kestrel's TLS for the endpoint: our certificate, and a client certificate that must be terraform's, byte for
    /// byte (go-plugin requires and verifies it against that one certificate: the same test). HTTP/2 by ALPN.
    /// </summary>
    public TlsHandshakeCallbackOptions HttpsOptions() => new()
    {
        OnConnection = async _ =>
        {
            var expected = (await _certificates.ConfigureAwait(false)).Client.RawData;
            return new SslServerAuthenticationOptions
            {
                ServerCertificateContext = await _context.ConfigureAwait(false),
                ClientCertificateRequired = true,
                RemoteCertificateValidationCallback = (_, presented, _, _) =>
                    presented is not null && presented.GetRawCertData().AsSpan().SequenceEqual(expected),
                EnabledSslProtocols = SslProtocols.Tls12 | SslProtocols.Tls13,
                ApplicationProtocols = [SslApplicationProtocol.Http2],
                CertificateRevocationCheckMode = X509RevocationMode.NoCheck,
            };
        },
    };

    public void Dispose()
    {
        if (!_certificates.IsCompletedSuccessfully) return;
        var (client, server) = _certificates.Result;
        client.Dispose();
        server.Dispose();
    }
}
