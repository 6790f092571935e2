using System.Collections.Concurrent;
using System.Diagnostics;

namespace AwsIdentity.Harness;

/// <summary>
/// The child processes this run started (emulator, provider, pulumi): killed by pid when the run ends on any path —
/// normal exit, failure, Ctrl-C or SIGTERM — so nothing is left behind even if a dispose never ran.
/// A recycled pid must not be killed: on Linux the check is /proc/&lt;pid&gt;/cmdline naming the binary; where there
/// is no /proc (macOS) it is the process start time recorded when the child was tracked (.NET reads it there
/// through libproc), since macOS truncates process names to 16 characters.
/// </summary>
public static class ProcessGuard
{
    private static readonly ConcurrentDictionary<int, Tracked> Children = new();

    private sealed record Tracked(string BinaryName, DateTime? StartTime);

    static ProcessGuard() => AppDomain.CurrentDomain.ProcessExit += (_, _) => KillAll();

    /// <summary>True where /proc exists (Linux); elsewhere <see cref="IsSameProcess"/> compares start times.</summary>
    public static bool HasProcFs => Directory.Exists("/proc/self");

    public static void Track(int pid, string binaryName) => Children[pid] = new Tracked(binaryName, StartTimeOf(pid));

    public static void Untrack(int pid) => Children.TryRemove(pid, out _);

    /// <summary>Kills every tracked child still alive and still the process that was tracked.</summary>
    public static void KillAll()
    {
        foreach (var (pid, tracked) in Children)
        {
            try
            {
                if (IsSameProcess(pid, tracked.BinaryName, tracked.StartTime)) Signals.Send(pid, Signals.SigKill);
            }
            catch (Exception)
            {
                // already gone
            }
            Children.TryRemove(pid, out _);
        }
    }

    /// <summary>Whether <paramref name="pid"/> is still the child tracked under it (not a recycled pid).</summary>
    public static bool IsSameProcess(int pid, string binaryName, DateTime? startTime)
    {
        var cmdline = $"/proc/{pid}/cmdline";
        if (HasProcFs) return File.Exists(cmdline) && File.ReadAllText(cmdline).Contains(binaryName, StringComparison.Ordinal);
        return startTime is not null && StartTimeOf(pid) == startTime;
    }

    private static DateTime? StartTimeOf(int pid)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            return process.StartTime;
        }
        catch (Exception)
        {
            return null; // exited already, or not readable
        }
    }
}
