using System.Diagnostics;
using System.Text;
using Grpc.Net.Client;
using Pulumirpc;

namespace AwsIdentity.Bench;

/// <summary>The figures: start-up to the port line, peak RSS, and unary round-trip latency.</summary>
public sealed class Measurements(string providerPath)
{
    // The provider never dials the engine unless it logs; nothing listens here and nothing needs to.
    private const string EngineAddress = "127.0.0.1:1";

    /// <summary>A started provider with its port, and the time from Process.Start to the port line.</summary>
    public sealed record Running(Process Process, int Port, TimeSpan StartTime) : IDisposable
    {
        public void Dispose()
        {
            if (!Process.HasExited) Process.Kill();
            Process.WaitForExit();
            Process.Dispose();
        }
    }

    public Running Start()
    {
        var info = new ProcessStartInfo(providerPath) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.ArgumentList.Add(EngineAddress);
        var clock = Stopwatch.StartNew();
        var process = Process.Start(info) ?? throw new InvalidOperationException($"could not start {providerPath}");
        var stdout = process.StandardOutput.BaseStream;
        var line = new StringBuilder();
        for (int b; (b = stdout.ReadByte()) != '\n';)
        {
            if (b < 0) throw new InvalidOperationException($"provider exited before printing its port: {process.StandardError.ReadToEnd()}");
            line.Append((char)b);
        }
        var elapsed = clock.Elapsed;
        process.BeginErrorReadLine();
        return new Running(process, int.Parse(line.ToString().Trim(), System.Globalization.CultureInfo.InvariantCulture), elapsed);
    }

    public List<double> StartTimesMs(int runs)
    {
        var times = new List<double>(runs);
        using (Start()) { } // warm the page cache; not counted
        for (var i = 0; i < runs; i++)
        {
            using var running = Start();
            times.Add(running.StartTime.TotalMilliseconds);
        }
        return times;
    }

    /// <summary>Peak resident set (VmHWM, MB) after a GetSchema and a Check round trip.</summary>
    public async Task<double> PeakRssMbAsync()
    {
        using var running = Start();
        using var channel = GrpcChannel.ForAddress($"http://127.0.0.1:{running.Port}");
        var client = new ResourceProvider.ResourceProviderClient(channel);
        await client.GetSchemaAsync(new GetSchemaRequest());
        await client.CheckAsync(Workload.Check());
        return ProcessFigures.PeakRssMb(running.Process.Id);
    }

    /// <summary>Latencies (ms) of <paramref name="calls"/> sequential Check and Diff calls on one channel, after a warm-up.</summary>
    public async Task<(List<double> Check, List<double> Diff)> LatenciesMsAsync(int calls)
    {
        using var running = Start();
        using var channel = GrpcChannel.ForAddress($"http://127.0.0.1:{running.Port}");
        var client = new ResourceProvider.ResourceProviderClient(channel);
        await client.ConfigureAsync(Workload.Configure());
        var check = Workload.Check();
        var diff = Workload.Diff();
        for (var i = 0; i < Math.Min(500, calls); i++)
        {
            await client.CheckAsync(check);
            await client.DiffAsync(diff);
        }
        return (await TimeAsync(calls, () => client.CheckAsync(check).ResponseAsync),
                await TimeAsync(calls, () => client.DiffAsync(diff).ResponseAsync));
    }

    private static async Task<List<double>> TimeAsync<T>(int calls, Func<Task<T>> call)
    {
        var times = new List<double>(calls);
        var clock = new Stopwatch();
        for (var i = 0; i < calls; i++)
        {
            clock.Restart();
            await call();
            times.Add(clock.Elapsed.TotalMilliseconds);
        }
        return times;
    }

    public static double Percentile(IReadOnlyList<double> values, double p)
    {
        var sorted = values.Order().ToArray();
        var rank = (int)Math.Ceiling(p / 100 * sorted.Length) - 1;
        return sorted[Math.Clamp(rank, 0, sorted.Length - 1)];
    }
}
