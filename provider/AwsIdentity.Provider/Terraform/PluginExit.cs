namespace AwsIdentity.Provider.Terraform;

/// <summary>The one way a Terraform-mode process ends: the first request (Shutdown, the parent gone, SIGTERM) wins and names why.</summary>
public sealed class PluginExit
{
    private readonly TaskCompletionSource<string> _requested = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Task<string> Requested => _requested.Task;

    public void Request(string reason) => _requested.TrySetResult(reason);
}
