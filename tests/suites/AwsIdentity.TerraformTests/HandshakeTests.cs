using System.Text.Json;
using System.Text.RegularExpressions;
using AwsIdentity.Harness;
using Grpc.Core;

namespace AwsIdentity.TerraformTests;

/// <summary>
/// The binary started as terraform starts it (ARCHITECTURE.md "Terraform engine facts"): the go-plugin handshake
/// line, mutual TLS with terraform's certificate and no other, and the schema over it. One process per test.
/// </summary>
public sealed partial class HandshakeTests
{
    [GeneratedRegex(@"^1\|6\|tcp\|127\.0\.0\.1:\d{1,5}\|grpc\|[A-Za-z0-9+/]{100,}\n$")]
    private static partial Regex TlsHandshakeLine();

    [Fact]
    public async Task Stdout_holds_only_the_handshake_line_with_a_certificate_for_localhost()
    {
        using var client = TerraformPluginProcess.NewClientCertificate();
        await using var provider = await TerraformPluginProcess.StartAsync(client);
        Assert.Matches(TlsHandshakeLine(), provider.Process.FirstLine);
        var server = provider.ServerCertificate!;
        Assert.Equal("localhost", server.GetNameInfo(System.Security.Cryptography.X509Certificates.X509NameType.DnsName, forIssuer: false));
        Assert.True(server.NotBefore.ToUniversalTime() < DateTime.UtcNow.AddSeconds(-20), $"NotBefore {server.NotBefore:o} leaves no room for clock skew");

        var schema = await provider.Provider().GetProviderSchemaAsync(new Tfplugin6.GetProviderSchema.Types.Request());
        Assert.Empty(schema.Diagnostics);
        Assert.Contains(schema.Provider.Block.Attributes, a => a.Name == "region" && a.Optional);
        Assert.Contains(schema.Provider.Block.Attributes, a => a.Name == "secret_key" && a.Sensitive);
        Assert.True(schema.ServerCapabilities.GetProviderSchemaOptional);

        await provider.Controller().ShutdownAsync(new Plugin.Empty());
        Assert.Equal(0, await provider.Process.WaitForExitAsync(TimeSpan.FromSeconds(5)));
        Assert.Equal(provider.Process.FirstLine, provider.Process.Stdout);
    }

    [Fact]
    public async Task Stderr_lines_are_hclog_json()
    {
        using var client = TerraformPluginProcess.NewClientCertificate();
        await using var provider = await TerraformPluginProcess.StartAsync(client);
        await provider.Provider().StopProviderAsync(new Tfplugin6.StopProvider.Types.Request());
        await provider.Controller().ShutdownAsync(new Plugin.Empty());
        Assert.Equal(0, await provider.Process.WaitForExitAsync(TimeSpan.FromSeconds(5)));
        var lines = provider.Process.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains(lines, l => l.Contains("StopProvider", StringComparison.Ordinal));
        Assert.All(lines, line =>
        {
            using var entry = JsonDocument.Parse(line);
            Assert.Contains(entry.RootElement.GetProperty("@level").GetString(), new[] { "trace", "debug", "info", "warn", "error" });
            Assert.False(string.IsNullOrEmpty(entry.RootElement.GetProperty("@message").GetString()));
            // go-plugin's layout, 2006-01-02T15:04:05.000000Z07:00, or terraform logs the raw line.
            Assert.Matches(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z$", entry.RootElement.GetProperty("@timestamp").GetString());
        });
    }

    [Fact]
    public async Task A_client_without_a_certificate_is_refused()
    {
        using var client = TerraformPluginProcess.NewClientCertificate();
        await using var provider = await TerraformPluginProcess.StartAsync(client);
        var anonymous = new Tfplugin6.Provider.ProviderClient(provider.OpenChannel(presented: null));
        var refused = await Assert.ThrowsAsync<RpcException>(() =>
            anonymous.GetProviderSchemaAsync(new Tfplugin6.GetProviderSchema.Types.Request()).ResponseAsync);
        AssertRefusedAtTls(refused);
        // The refusal is per connection: terraform's own client still gets through.
        await provider.Provider().GetProviderSchemaAsync(new Tfplugin6.GetProviderSchema.Types.Request());
    }

    [Fact]
    public async Task A_client_with_another_certificate_is_refused()
    {
        using var client = TerraformPluginProcess.NewClientCertificate();
        using var stranger = TerraformPluginProcess.NewClientCertificate();
        await using var provider = await TerraformPluginProcess.StartAsync(client);
        var impostor = new Plugin.GRPCController.GRPCControllerClient(provider.OpenChannel(stranger));
        var refused = await Assert.ThrowsAsync<RpcException>(() => impostor.ShutdownAsync(new Plugin.Empty()).ResponseAsync);
        AssertRefusedAtTls(refused);
        Assert.False(provider.Process.HasExited, "a stranger's Shutdown ended the provider");
    }

    [Fact]
    public async Task Without_terraform_certificate_it_serves_plaintext_h2c()
    {
        await using var provider = await TerraformPluginProcess.StartAsync(client: null);
        Assert.EndsWith("|grpc|\n", provider.Process.FirstLine, StringComparison.Ordinal);
        Assert.Null(provider.ServerCertificate);
        await provider.Provider().GetProviderSchemaAsync(new Tfplugin6.GetProviderSchema.Types.Request());
    }

    [Fact]
    public async Task Rpcs_not_offered_answer_unimplemented_an_unknown_type_a_diagnostic_and_others_services_too()
    {
        using var client = TerraformPluginProcess.NewClientCertificate();
        await using var provider = await TerraformPluginProcess.StartAsync(client);
        // No data sources in the schema, so terraform never reads one (hashicorp/terraform internal/plugin6/grpc_provider.go).
        var rpc = await Assert.ThrowsAsync<RpcException>(() =>
            provider.Provider().ReadDataSourceAsync(new Tfplugin6.ReadDataSource.Types.Request()).ResponseAsync);
        Assert.Equal(StatusCode.Unimplemented, rpc.StatusCode);
        var unknown = await provider.Provider().ReadResourceAsync(new Tfplugin6.ReadResource.Types.Request { TypeName = "awsidentity_nothing" });
        var diagnostic = Assert.Single(unknown.Diagnostics);
        Assert.Equal(Tfplugin6.Diagnostic.Types.Severity.Error, diagnostic.Severity);
        Assert.Contains("awsidentity_eks_identity_provider_config", diagnostic.Detail);
        // go-plugin's client tolerates UNIMPLEMENTED from services a plugin does not serve (GRPCStdio, GRPCBroker).
        var pulumi = new Pulumirpc.ResourceProvider.ResourceProviderClient(provider.OpenChannel(client));
        var service = await Assert.ThrowsAsync<RpcException>(() => pulumi.GetPluginInfoAsync(new Google.Protobuf.WellKnownTypes.Empty()).ResponseAsync);
        Assert.Equal(StatusCode.Unimplemented, service.StatusCode);
    }

    /// <summary>The TLS handshake failed, so no call reached a service: the .NET client reports the broken
    /// connection as UNAVAILABLE or, when the server's alert arrives mid-request, INTERNAL.</summary>
    private static void AssertRefusedAtTls(RpcException refused)
    {
        Assert.Contains(refused.StatusCode, new[] { StatusCode.Unavailable, StatusCode.Internal });
        Assert.IsNotType<RpcException>(refused.Status.DebugException);
    }
}
