using System.Diagnostics;
using System.Text;
using AwsIdentity.Harness;

namespace AwsIdentity.TerraformHarness;

/// <summary>
/// One running terraform command: stdin closed (a prompt reads end-of-file instead of waiting), stdout and stderr
/// captured as they arrive, the process tracked by ProcessGuard so an aborted test run leaves nothing behind. Tests
/// that interrupt an apply use <see cref="Interrupt"/> (terraform's Ctrl-C: it sends StopProvider) or
/// <see cref="Kill"/>; <see cref="WaitAsync"/> kills the whole process tree when the command outlives its timeout.
/// </summary>
public sealed class TerraformRun : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _stdout = new();
    private readonly StringBuilder _stderr = new();
    private readonly Stopwatch _clock = Stopwatch.StartNew();

    private TerraformRun(Process process, IReadOnlyList<string> args)
    {
        _process = process;
        Args = args;
    }

    public IReadOnlyList<string> Args { get; }
    public int Pid => _process.Id;
    public bool HasExited => _process.HasExited;
    public string Stdout { get { lock (_stdout) return _stdout.ToString(); } }
    public string Stderr { get { lock (_stderr) return _stderr.ToString(); } }

    public static TerraformRun Start(string terraform, IReadOnlyList<string> args, string workDir, IReadOnlyDictionary<string, string> environment)
    {
        var info = new ProcessStartInfo(terraform)
        {
            WorkingDirectory = workDir, UseShellExecute = false,
            RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true,
        };
        foreach (var arg in args) info.ArgumentList.Add(arg);
        info.Environment.Clear();
        foreach (var (name, value) in environment) info.Environment[name] = value;
        var process = Process.Start(info) ?? throw new InvalidOperationException($"could not start {terraform}");
        ProcessGuard.Track(process.Id, Path.GetFileName(terraform));
        var run = new TerraformRun(process, args);
        process.OutputDataReceived += (_, e) => Append(run._stdout, e.Data);
        process.ErrorDataReceived += (_, e) => Append(run._stderr, e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        process.StandardInput.Close();
        return run;
    }

    /// <summary>Waits until stdout or stderr contains <paramref name="text"/>; false if the command exits first or
    /// <paramref name="timeout"/> passes (e.g. "Still creating..." before interrupting an apply).</summary>
    public async Task<bool> WaitForOutputAsync(string text, TimeSpan timeout)
    {
        var deadline = _clock.Elapsed + timeout;
        while (_clock.Elapsed < deadline)
        {
            if (Stdout.Contains(text, StringComparison.Ordinal) || Stderr.Contains(text, StringComparison.Ordinal)) return true;
            if (_process.HasExited) return false;
            await Task.Delay(25);
        }
        return false;
    }

    /// <summary>SIGINT, as Ctrl-C in a terminal: terraform asks its providers to stop and ends the run gracefully.</summary>
    public void Interrupt() => Signals.Send(_process.Id, Signals.SigInt);

    /// <summary>SIGKILL to terraform alone (its providers must notice and exit), or to every process under it.</summary>
    public void Kill(bool entireProcessTree)
    {
        if (!_process.HasExited) _process.Kill(entireProcessTree);
    }

    /// <summary>Waits for the exit. Past <paramref name="timeout"/> the whole process tree is killed and a
    /// <see cref="TimeoutException"/> carries what the command printed so far.</summary>
    public async Task<TerraformResult> WaitAsync(TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(timeout);
        try
        {
            await _process.WaitForExitAsync(limit.Token);
            await DrainAsync();
        }
        catch (OperationCanceledException)
        {
            Kill(entireProcessTree: true);
            await DrainAsync();
            cancellationToken.ThrowIfCancellationRequested();
            throw new TimeoutException($"`terraform {string.Join(' ', Args)}` did not finish within {timeout.TotalSeconds:0.#}s; " +
                $"its process tree was killed.{Environment.NewLine}--- stdout ---{Environment.NewLine}{Stdout}--- stderr ---{Environment.NewLine}{Stderr}");
        }
        finally
        {
            ProcessGuard.Untrack(_process.Id);
        }
        return new TerraformResult(Args, _process.ExitCode, Stdout, Stderr, _clock.Elapsed);
    }

    /// <summary>Waits for the exit and the end of the redirected streams, but not for ever: a process that escaped
    /// the tree (reparented before the kill) could hold them open.</summary>
    private async Task DrainAsync()
    {
        using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        try
        {
            await _process.WaitForExitAsync(limit.Token);
        }
        catch (OperationCanceledException)
        {
            // the process has exited; what its streams held so far is in Stdout and Stderr
        }
    }

    public void Dispose()
    {
        Kill(entireProcessTree: true);
        ProcessGuard.Untrack(_process.Id);
        _process.Dispose();
    }

    private static void Append(StringBuilder into, string? line)
    {
        if (line is null) return;
        lock (into) into.AppendLine(line);
    }
}
