using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace AwsIdentity.Provider.Terraform;

/// <summary>
/// go-plugin's AutoMTLS from the plugin's side (hashicorp/go-plugin mtls.go generateCert, server.go Serve): terraform
/// puts its own fresh certificate in PLUGIN_CLIENT_CERT (PEM) and trusts exactly the certificate the plugin prints in
/// its handshake line, dialling it as "localhost" (hashicorp/go-plugin client.go). So the plugin makes a fresh
/// self-signed certificate with SAN DNS:localhost, and accepts a client only if it presents terraform's certificate,
/// byte for byte.
/// </summary>
public static class PluginCertificates
{
    /// <summary>Our server certificate: ECDSA P-256 (go-plugin uses P-521; P-256 is as good and faster to make).</summary>
    public static X509Certificate2 CreateServer(DateTimeOffset now) => Create(ECCurve.NamedCurves.nistP256, now);

    /// <summary>A certificate shaped like the ones go-plugin makes for both ends: CA, server and client auth, SAN
    /// DNS:localhost, valid from 30 s ago (go-plugin's allowance for clock skew) for a year; the key lives only in
    /// this process. Tests make terraform's side with it too (P-521, as terraform does).</summary>
    public static X509Certificate2 Create(ECCurve curve, DateTimeOffset now)
    {
        using var key = ECDsa.Create(curve);
        var request = new CertificateRequest("CN=localhost, O=awsidentity", key, HashAlgorithmName.SHA256);
        var names = new SubjectAlternativeNameBuilder();
        names.AddDnsName("localhost");
        request.CertificateExtensions.Add(names.Build());
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(certificateAuthority: true, hasPathLengthConstraint: false, pathLengthConstraint: 0, critical: true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(
            X509KeyUsageFlags.DigitalSignature | X509KeyUsageFlags.KeyAgreement | X509KeyUsageFlags.KeyCertSign, critical: true));
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension(
            [new Oid("1.3.6.1.5.5.7.3.1", "Server Authentication"), new Oid("1.3.6.1.5.5.7.3.2", "Client Authentication")], critical: false));
        return request.CreateSelfSigned(now.AddSeconds(-30), now.AddYears(1));
    }

    /// <summary>Terraform's client certificate from PLUGIN_CLIENT_CERT.</summary>
    /// <exception cref="InvalidOperationException">It is not a PEM certificate.</exception>
    public static X509Certificate2 ParseClient(string pem)
    {
        try
        {
            return X509Certificate2.CreateFromPem(pem);
        }
        catch (CryptographicException e)
        {
            throw new InvalidOperationException($"PLUGIN_CLIENT_CERT from terraform is not a PEM certificate: {e.Message}", e);
        }
    }

    /// <summary>The handshake's certificate field: the DER in standard base64 without padding (Go's RawStdEncoding,
    /// hashicorp/go-plugin server.go); terraform fails to parse the padded form.</summary>
    public static string HandshakeField(X509Certificate2 server) => Convert.ToBase64String(server.RawData).TrimEnd('=');
}
