namespace AwsIdentity.Demo;

/// <summary>
/// What <see cref="DemoScenario"/> asks of a mode: the Pulumi operations, and what they left behind in the shapes
/// the CLI reports (`preview --json` plans, `stack export` state). Engine mode: the harness's MiniEngine;
/// CLI mode: the real `pulumi`.
/// </summary>
public interface IDemoDriver : IAsyncDisposable
{
    /// <summary>Starts the mode against the emulator at <paramref name="emulatorUrl"/> and creates the empty stack.</summary>
    Task StartAsync(string emulatorUrl, CancellationToken ct);

    /// <summary>`pulumi config set key value` (a project key).</summary>
    Task SetConfigAsync(string key, string value, CancellationToken ct);

    /// <summary>`pulumi preview --json --show-replacement-steps`.</summary>
    Task<Plan> PreviewAsync(CancellationToken ct);

    /// <summary>`pulumi preview --json --expect-no-changes`: the plan (a failure of the flag shows as changes in it).</summary>
    Task<Plan> PreviewExpectNoChangesAsync(CancellationToken ct);

    Task UpAsync(CancellationToken ct);

    Task RefreshAsync(CancellationToken ct);

    Task DestroyAsync(CancellationToken ct);

    /// <summary>`pulumi stack export`: the managed resources the stack records.</summary>
    Task<StackState> StateAsync(CancellationToken ct);

    /// <summary>After the last step (CLI: `stack rm`, then the work directory is removed, or kept when <paramref name="succeeded"/> is false).</summary>
    Task FinishAsync(bool succeeded, CancellationToken ct);
}
