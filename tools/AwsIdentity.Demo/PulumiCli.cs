using System.Diagnostics;
using System.Text;
using AwsIdentity.Harness;

namespace AwsIdentity.Demo;

/// <summary>What one `pulumi` command printed, and how it ended.</summary>
public sealed record CliResult(int ExitCode, string Stdout, string Stderr);

/// <summary>
/// Runs the `pulumi` CLI: in the work directory, with exactly <paramref name="environment"/> (CliEnvironment), stdin
/// closed (a prompt gets end-of-file instead of waiting), and a timeout per command, after which the command's whole
/// process tree is killed and the demo fails.
/// </summary>
public sealed class PulumiCli(string path, string workDir, IReadOnlyDictionary<string, string> environment, TimeSpan timeout)
{
    public string Path => path;

    public static string? Find() => (Environment.GetEnvironmentVariable("PATH") ?? "").Split(System.IO.Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
        .Select(dir => System.IO.Path.Combine(dir, "pulumi")).FirstOrDefault(File.Exists);

    /// <summary>Runs `pulumi args…`; stderr (and stdout unless <paramref name="quiet"/>) is echoed as it arrives.</summary>
    /// <param name="allowFailure">return a non-zero exit instead of failing the demo</param>
    public async Task<CliResult> RunAsync(string[] args, CancellationToken ct, bool quiet = false, bool allowFailure = false)
    {
        var command = $"pulumi {string.Join(' ', args)}";
        Console.WriteLine($"$ {command}");
        var info = new ProcessStartInfo(path)
        {
            WorkingDirectory = workDir, UseShellExecute = false,
            RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true,
        };
        foreach (var arg in args) info.ArgumentList.Add(arg);
        info.Environment.Clear();
        foreach (var (k, v) in environment) info.Environment[k] = v;
        using var process = Process.Start(info) ?? throw new DemoFailure($"could not start {path}");
        ProcessGuard.Track(process.Id, "pulumi");
        process.StandardInput.Close();
        var (stdout, stderr) = (new StringBuilder(), new StringBuilder());
        process.OutputDataReceived += (_, e) => Append(stdout, e.Data, quiet);
        process.ErrorDataReceived += (_, e) => Append(stderr, e.Data, quiet: false);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(ct);
        limit.CancelAfter(timeout);
        try
        {
            await process.WaitForExitAsync(limit.Token);
            process.WaitForExit(); // drains the redirected streams
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            if (ct.IsCancellationRequested) throw;
            throw new DemoFailure($"`{command}` did not finish within {timeout.TotalSeconds:0}s and was killed");
        }
        finally
        {
            ProcessGuard.Untrack(process.Id);
        }
        var result = new CliResult(process.ExitCode, Text(stdout), Text(stderr));
        if (result.ExitCode != 0 && !allowFailure)
            throw new DemoFailure($"`{command}` exited with {result.ExitCode}{(result.Stderr.Length > 0 ? $": {result.Stderr.Trim()}" : "")}");
        return result;
    }

    private static void Append(StringBuilder into, string? line, bool quiet)
    {
        if (line is null) return;
        lock (into) into.AppendLine(line);
        if (!quiet) Console.WriteLine("    " + line);
    }

    private static string Text(StringBuilder text)
    {
        lock (text) return text.ToString();
    }
}
