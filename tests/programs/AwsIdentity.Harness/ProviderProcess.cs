using System.Diagnostics;
using System.Text;
using Grpc.Net.Client;
using Pulumirpc;

namespace AwsIdentity.Harness;

/// <summary>
/// The real provider binary, started the way the engine starts it: reads the port line from stdout, opens an
/// h2c channel, captures stderr and any further stdout. Dispose kills the process and fails if it survives.
/// A first line that is not a port (terraform's handshake line, TerraformPluginProcess) leaves <see cref="Port"/> 0
/// and the Pulumi channel unused.
/// </summary>
public sealed class ProviderProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly MemoryStream _stdout = new();
    private readonly StringBuilder _stderr;
    private readonly Task _stdoutPump;
    private readonly Lazy<GrpcChannel> _channel;
    private readonly string _programName;
    private ResourceProvider.ResourceProviderClient? _client;

    private ProviderProcess(Process process, StringBuilder stderr, byte[] firstLine, byte[] rest, TimeSpan startTime)
    {
        _process = process;
        _programName = Path.GetFileName(process.StartInfo.FileName);
        _stderr = stderr;
        _stdout.Write(firstLine);
        _stdout.Write(rest);
        FirstLine = Encoding.ASCII.GetString(firstLine);
        Port = int.TryParse(FirstLine.AsSpan().Trim(), System.Globalization.CultureInfo.InvariantCulture, out var port) ? port : 0;
        StartTime = startTime;
        _channel = new Lazy<GrpcChannel>(() => GrpcChannel.ForAddress($"http://127.0.0.1:{Port}"));
        _stdoutPump = PumpStdoutAsync();
    }

    public int Pid => _process.Id;
    public int Port { get; }
    public string FirstLine { get; }
    public TimeSpan StartTime { get; }
    public GrpcChannel Channel => _channel.Value;
    public ResourceProvider.ResourceProviderClient Client => _client ??= new ResourceProvider.ResourceProviderClient(Channel);
    public bool HasExited => _process.HasExited;

    public string Stdout { get { lock (_stdout) return Encoding.UTF8.GetString(_stdout.ToArray()); } }
    public string Stderr { get { lock (_stderr) return _stderr.ToString(); } }

    public static Task<ProviderProcess> StartAsync(params string[] args) => StartAsync(new Dictionary<string, string?>(), args);

    /// <summary>Started with <paramref name="environment"/> on top of ours (a null value removes the variable), as
    /// the engine starts plugins with the CLI's environment.</summary>
    public static Task<ProviderProcess> StartAsync(IReadOnlyDictionary<string, string?> environment, params string[] args) =>
        StartAsync(RepoPaths.ProviderBinary(), environment, args);

    /// <summary>Any program whose first stdout line is a handshake: the binary under another name, or a shell that starts it.</summary>
    public static async Task<ProviderProcess> StartAsync(string program, IReadOnlyDictionary<string, string?> environment, params string[] args)
    {
        var info = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = false,
            UseShellExecute = false,
        };
        foreach (var arg in args) info.ArgumentList.Add(arg);
        foreach (var (name, value) in environment)
            if (value is null) info.Environment.Remove(name);
            else info.Environment[name] = value;
        var clock = Stopwatch.StartNew();
        var process = Process.Start(info) ?? throw new InvalidOperationException("could not start the provider");
        var stderr = new StringBuilder();
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (stderr) stderr.AppendLine(e.Data); };
        process.BeginErrorReadLine();
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            var (line, rest) = await ReadFirstLineAsync(process.StandardOutput.BaseStream, timeout.Token);
            return new ProviderProcess(process, stderr, line, rest, clock.Elapsed);
        }
        catch (Exception e)
        {
            if (!process.HasExited) process.Kill();
            await process.WaitForExitAsync();
            lock (stderr) throw new InvalidOperationException($"provider gave no port line: {e.Message}; stderr: {stderr}", e);
        }
    }

    /// <summary>Up to and including the first '\n', and whatever came after it in the same reads (kept for
    /// <see cref="Stdout"/>). Read in blocks, as terraform's bufio reader does: a byte at a time would add a read
    /// call per byte of terraform's long handshake line to the start-up time (the Pulumi engine's port line is 6 bytes).</summary>
    private static async Task<(byte[] Line, byte[] After)> ReadFirstLineAsync(Stream stdout, CancellationToken cancellationToken)
    {
        var seen = new MemoryStream();
        var buffer = new byte[4096];
        while (true)
        {
            var read = await stdout.ReadAsync(buffer, cancellationToken);
            if (read == 0) throw new EndOfStreamException($"stdout closed after {Encoding.ASCII.GetString(seen.ToArray())}");
            seen.Write(buffer, 0, read);
            var all = seen.GetBuffer().AsSpan(0, (int)seen.Length);
            var end = all.IndexOf((byte)'\n');
            if (end >= 0) return (all[..(end + 1)].ToArray(), all[(end + 1)..].ToArray());
        }
    }

    private async Task PumpStdoutAsync()
    {
        var buffer = new byte[4096];
        int read;
        while ((read = await _process.StandardOutput.BaseStream.ReadAsync(buffer)) > 0)
            lock (_stdout) _stdout.Write(buffer, 0, read);
    }

    /// <summary>Sends a signal and waits for the exit; null when the process outlived <paramref name="grace"/>.</summary>
    public Task<int?> SignalAndWaitAsync(int signal, TimeSpan grace)
    {
        Signals.Send(_process.Id, signal);
        return WaitForExitAsync(grace);
    }

    /// <summary>The exit code, or null when the process still runs after <paramref name="grace"/>.</summary>
    public async Task<int?> WaitForExitAsync(TimeSpan grace)
    {
        using var timeout = new CancellationTokenSource(grace);
        try
        {
            await _process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            return null;
        }
        await _stdoutPump.WaitAsync(TimeSpan.FromSeconds(2));
        return _process.ExitCode;
    }

    public async ValueTask DisposeAsync()
    {
        if (_channel.IsValueCreated) _channel.Value.Dispose();
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            await _process.WaitForExitAsync(timeout.Token);
        }
        var pid = _process.Id;
        _process.Dispose();
        // No leaks: the process must be gone (reaped), not just signalled. Linux only (/proc); on macOS the
        // WaitForExitAsync above is the only check (README "Platforms").
        if (Directory.Exists($"/proc/{pid}") && !File.ReadAllText($"/proc/{pid}/status").Contains("State:\tZ", StringComparison.Ordinal)
            && File.ReadAllText($"/proc/{pid}/cmdline").Contains(_programName, StringComparison.Ordinal))
            throw new InvalidOperationException($"provider process {pid} is still running after dispose");
    }
}
