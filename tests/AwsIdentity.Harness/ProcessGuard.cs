using System.Collections.Concurrent;

namespace AwsIdentity.Harness;

/// <summary>
/// The child processes this run started (emulator, provider): killed by pid when the run ends on any path —
/// normal exit, failure, Ctrl-C or SIGTERM — so nothing is left behind even if a dispose never ran.
/// </summary>
public static class ProcessGuard
{
    private static readonly ConcurrentDictionary<int, string> Children = new();

    static ProcessGuard() => AppDomain.CurrentDomain.ProcessExit += (_, _) => KillAll();

    public static void Track(int pid, string binaryName) => Children[pid] = binaryName;

    public static void Untrack(int pid) => Children.TryRemove(pid, out _);

    /// <summary>Kills every tracked child still alive; the /proc check keeps a recycled pid safe.</summary>
    public static void KillAll()
    {
        foreach (var (pid, name) in Children)
        {
            try
            {
                var cmdline = $"/proc/{pid}/cmdline";
                if (File.Exists(cmdline) && File.ReadAllText(cmdline).Contains(name, StringComparison.Ordinal))
                    Signals.Send(pid, Signals.SigKill);
            }
            catch (Exception)
            {
                // already gone
            }
            Children.TryRemove(pid, out _);
        }
    }
}
