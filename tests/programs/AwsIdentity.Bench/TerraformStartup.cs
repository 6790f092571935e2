using System.Diagnostics;
using AwsIdentity.Harness;

namespace AwsIdentity.Bench;

/// <summary>
/// The binary started as terraform starts it (issue 13: start to handshake line, median of 20, TLS included, at
/// most 40 ms). Runs alternate between mutual TLS and plaintext h2c so both meet the same machine load; each run
/// also times the first GetProviderSchema over its connection (terraform's first call), then shuts the process
/// down as terraform does.
/// </summary>
public static class TerraformStartup
{
    public static async Task<List<Figure>> MeasureAsync(string provider, int runs)
    {
        using var client = TerraformPluginProcess.NewClientCertificate();
        await RunAsync(provider, client); // warm the page cache; not counted
        List<double> tls = [], firstCall = [], plain = [];
        for (var i = 0; i < runs; i++)
        {
            var (start, call) = await RunAsync(provider, client);
            tls.Add(start);
            firstCall.Add(call);
            plain.Add((await RunAsync(provider, client: null)).Start);
        }
        return
        [
            new("terraform.start.median", Measurements.Percentile(tls, 50), "ms", 40),
            new("terraform.start.p90", Measurements.Percentile(tls, 90), "ms"),
            new("terraform.start.h2c.median", Measurements.Percentile(plain, 50), "ms"),
            new("terraform.firstcall.median", Measurements.Percentile(firstCall, 50), "ms (start to schema answered)"),
        ];
    }

    private static async Task<(double Start, double FirstCall)> RunAsync(string provider, System.Security.Cryptography.X509Certificates.X509Certificate2? client)
    {
        await using var plugin = await TerraformPluginProcess.StartAsync(client, provider);
        var clock = Stopwatch.StartNew();
        await plugin.Provider().GetProviderSchemaAsync(new Tfplugin6.GetProviderSchema.Types.Request());
        var call = clock.Elapsed;
        await plugin.Controller().ShutdownAsync(new Plugin.Empty());
        await plugin.Process.WaitForExitAsync(TimeSpan.FromSeconds(5));
        return (plugin.Process.StartTime.TotalMilliseconds, (plugin.Process.StartTime + call).TotalMilliseconds);
    }
}
