using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using AwsIdentity.Provider.Terraform;

namespace AwsIdentity.Tests.Terraform;

/// <summary>What terraform's go-plugin client needs of our certificate (Terraform/PluginCertificates.cs).</summary>
public sealed class PluginCertificatesTests
{
    [Fact]
    public void The_server_certificate_is_one_go_accepts_for_localhost()
    {
        var now = new DateTimeOffset(2026, 12, 1, 12, 0, 0, TimeSpan.Zero);
        using var cert = PluginCertificates.CreateServer(now);
        Assert.True(cert.HasPrivateKey);
        Assert.Equal("ECC", cert.PublicKey.Oid.FriendlyName);
        // Go checks the SAN, never the CN, against the name it dials ("localhost", hashicorp/go-plugin client.go).
        var san = Assert.Single(cert.Extensions.OfType<X509SubjectAlternativeNameExtension>());
        Assert.Equal(["localhost"], san.EnumerateDnsNames());
        Assert.True(Assert.Single(cert.Extensions.OfType<X509BasicConstraintsExtension>()).CertificateAuthority);
        var usages = Assert.Single(cert.Extensions.OfType<X509EnhancedKeyUsageExtension>()).EnhancedKeyUsages;
        Assert.Contains(usages.Cast<Oid>(), o => o.Value == "1.3.6.1.5.5.7.3.1");
        Assert.Contains(usages.Cast<Oid>(), o => o.Value == "1.3.6.1.5.5.7.3.2");
        Assert.Equal(now.AddSeconds(-30).UtcDateTime, cert.NotBefore.ToUniversalTime());
        Assert.True(cert.NotAfter.ToUniversalTime() > now.AddDays(30).UtcDateTime);
    }

    [Fact]
    public void The_handshake_field_is_unpadded_standard_base64_of_the_der()
    {
        for (var i = 0; i < 8; i++)
        {
            using var cert = PluginCertificates.CreateServer(DateTimeOffset.UtcNow);
            var field = PluginCertificates.HandshakeField(cert);
            Assert.DoesNotContain('=', field);
            Assert.DoesNotContain('\n', field);
            var padded = field.PadRight((field.Length + 3) / 4 * 4, '=');
            Assert.Equal(cert.RawData, Convert.FromBase64String(padded));
        }
    }

    [Fact]
    public void A_client_pem_that_is_not_a_certificate_says_so()
    {
        var error = Assert.Throws<InvalidOperationException>(() => PluginCertificates.ParseClient("-----BEGIN CERTIFICATE-----\nbm9wZQ==\n-----END CERTIFICATE-----\n"));
        Assert.Contains("PLUGIN_CLIENT_CERT", error.Message, StringComparison.Ordinal);
        using var good = PluginCertificates.Create(ECCurve.NamedCurves.nistP521, DateTimeOffset.UtcNow);
        Assert.Equal(good.RawData, PluginCertificates.ParseClient(good.ExportCertificatePem()).RawData);
    }
}
