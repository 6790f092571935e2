using System.Runtime.InteropServices;

namespace AwsIdentity.Harness;

/// <summary>POSIX signals for child processes (Process.Kill only sends SIGKILL).</summary>
public static class Signals
{
    public const int SigInt = 2;
    public const int SigKill = 9;
    public const int SigTerm = 15;

    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int Kill(int pid, int signal);

    public static void Send(int pid, int signal)
    {
        if (Kill(pid, signal) != 0)
            throw new InvalidOperationException($"kill({pid}, {signal}) failed: errno {Marshal.GetLastPInvokeError()}");
    }

    public static string Name(int signal) => signal switch
    {
        SigInt => "SIGINT",
        SigTerm => "SIGTERM",
        SigKill => "SIGKILL",
        _ => $"signal {signal}",
    };
}
