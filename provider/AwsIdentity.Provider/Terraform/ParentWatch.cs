using System.Runtime.InteropServices;

namespace AwsIdentity.Provider.Terraform;

/// <summary>
/// Notices that the terraform which started this process has died (killed, crashed) so the provider does not linger:
/// the kernel re-parents an orphan, so getppid() stops returning the pid it returned at start. stdin cannot tell,
/// since terraform hands its plugins its own stdin, not a pipe (hashicorp/go-plugin client.go Start: cmd.Stdin =
/// os.Stdin); PR_SET_PDEATHSIG follows the parent's thread, not its process, and Go's threads come and go.
/// </summary>
public sealed class ParentWatch : IDisposable
{
    private readonly Timer _timer;

    private ParentWatch(int parent, TimeSpan interval, Action<int> gone)
    {
        ParentPid = parent;
        _timer = new Timer(_ =>
        {
            if (GetParentPid() == parent) return;
            _timer?.Change(Timeout.Infinite, Timeout.Infinite);
            gone(parent);
        }, null, interval, interval);
    }

    public int ParentPid { get; }

    /// <summary>Checks every <paramref name="interval"/>; calls <paramref name="gone"/> once with the old parent's pid.</summary>
    public static ParentWatch Start(TimeSpan interval, Action<int> gone) => new(GetParentPid(), interval, gone);

    public void Dispose() => _timer.Dispose();

    // A blittable signature needs no marshalling code, so NativeAOT binds it directly (LibraryImport would need unsafe code).
    [DllImport("libc", EntryPoint = "getppid")]
    private static extern int GetParentPid();
}
