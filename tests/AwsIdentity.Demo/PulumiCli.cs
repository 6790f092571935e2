using System.Diagnostics;
using AwsIdentity.Harness;

namespace AwsIdentity.Demo;

/// <summary>The `pulumi` CLI on PATH, and running it with a local file backend and no passphrase.</summary>
public sealed class PulumiCli(string path, string workDir, IReadOnlyDictionary<string, string> environment)
{
    public static string? Find() => (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':', StringSplitOptions.RemoveEmptyEntries)
        .Select(dir => Path.Combine(dir, "pulumi")).FirstOrDefault(File.Exists);

    /// <summary>Runs `pulumi args…`, streaming its output; a non-zero exit fails the demo.</summary>
    public async Task<string> RunAsync(string step, CancellationToken ct, params string[] args)
    {
        Console.WriteLine($"$ pulumi {string.Join(' ', args)}");
        var info = new ProcessStartInfo(path) { WorkingDirectory = workDir, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in args) info.ArgumentList.Add(arg);
        foreach (var (k, v) in environment) info.Environment[k] = v;
        using var process = Process.Start(info) ?? throw new DemoFailure($"{step}: could not start {path}");
        ProcessGuard.Track(process.Id, "pulumi");
        var output = new System.Text.StringBuilder();
        void Pump(string? line)
        {
            if (line is null) return;
            lock (output) output.AppendLine(line);
            Console.WriteLine("    " + line);
        }
        process.OutputDataReceived += (_, e) => Pump(e.Data);
        process.ErrorDataReceived += (_, e) => Pump(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            await process.WaitForExitAsync(ct);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }
        finally
        {
            ProcessGuard.Untrack(process.Id);
        }
        if (process.ExitCode != 0) throw new DemoFailure($"{step}: `pulumi {string.Join(' ', args)}` exited with {process.ExitCode}");
        lock (output) return output.ToString();
    }
}
