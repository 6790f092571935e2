using System.Diagnostics;

namespace AwsIdentity.Harness;

/// <summary>The built emulator (bin/awsidentity-emulator) on a free loopback port, killed on dispose.</summary>
public sealed class EmulatorProcess : IAsyncDisposable
{
    private readonly Process _process;

    private EmulatorProcess(Process process, Uri endpoint)
    {
        _process = process;
        Endpoint = endpoint;
        Control = new EmulatorControl(endpoint);
    }

    public Uri Endpoint { get; }
    public int Pid => _process.Id;
    public EmulatorControl Control { get; }

    /// <summary>The endpoint as the provider's `endpoints` config wants it (no trailing slash).</summary>
    public string Url => Endpoint.GetLeftPart(UriPartial.Authority);

    public static async Task<EmulatorProcess> StartAsync(int transitionMs, int seed = 1, string? stateFile = null)
    {
        var binary = Path.Combine(RepoPaths.RepoRoot(), "bin", "awsidentity-emulator");
        if (!File.Exists(binary)) throw new FileNotFoundException($"emulator not found at {binary}; run `make emulator`", binary);
        var info = new ProcessStartInfo(binary) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in new[] { "--port", "0", "--transition-ms", transitionMs.ToString(), "--seed", seed.ToString() }) info.ArgumentList.Add(arg);
        if (stateFile is not null) { info.ArgumentList.Add("--state"); info.ArgumentList.Add(stateFile); }
        var process = Process.Start(info) ?? throw new InvalidOperationException("could not start the emulator");
        process.ErrorDataReceived += (_, _) => { };
        process.BeginErrorReadLine();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        while (true)
        {
            var line = await process.StandardOutput.ReadLineAsync(timeout.Token)
                ?? throw new InvalidOperationException("the emulator exited before it was ready");
            const string prefix = "listening on ";
            if (line.StartsWith(prefix, StringComparison.Ordinal)) return new EmulatorProcess(process, new Uri(line[prefix.Length..].Trim()));
        }
    }

    public async ValueTask DisposeAsync()
    {
        Control.Dispose();
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
    }
}
