namespace AwsIdentity.Demo;

/// <summary>
/// CLI mode: the real `pulumi` drives a copy of the root program (CliWorkspace) with a file backend, a temporary
/// PULUMI_HOME and a clean environment (CliEnvironment), every command from CliCommands; plans come from
/// `preview --json`, state from `stack export` (CliDocuments), and <see cref="DemoScenario"/> checks them.
/// </summary>
public sealed class CliDriver(string pulumi, string root, string stack, Printer printer, TimeSpan commandTimeout) : IDemoDriver
{
    private CliWorkspace? _workspace;
    private PulumiCli _cli = null!;

    public async Task StartAsync(string emulatorUrl, CancellationToken ct)
    {
        var workspace = _workspace = CliWorkspace.Create(root, stack, emulatorUrl);
        printer.Line($"work directory: {workspace.Dir} (file backend .state, PULUMI_HOME .pulumi-home); program copied with its endpoints on {emulatorUrl}");
        _cli = new PulumiCli(pulumi, workspace.Dir, CliEnvironment.Build(CliEnvironment.Current(), workspace), commandTimeout);
        await _cli.RunAsync(CliCommands.StackInit(stack), ct);
    }

    public Task SetConfigAsync(string key, string value, CancellationToken ct) => _cli.RunAsync(CliCommands.ConfigSet(stack, key, value), ct);

    public async Task<Plan> PreviewAsync(CancellationToken ct) => Print(CliDocuments.ParsePreview((await _cli.RunAsync(CliCommands.Preview(stack), ct, quiet: true)).Stdout));

    public async Task<Plan> PreviewExpectNoChangesAsync(CancellationToken ct)
    {
        var result = await _cli.RunAsync(CliCommands.PreviewExpectNoChanges(stack), ct, quiet: true, allowFailure: true);
        var plan = Print(CliDocuments.ParsePreview(result.Stdout));
        // preview.go: --expect-no-changes exits non-zero when changes are planned; the plan's check reports them.
        if (result.ExitCode != 0 && !plan.Changes.Any()) throw new DemoFailure($"`pulumi preview --expect-no-changes` exited with {result.ExitCode} and planned nothing: {result.Stderr.Trim()}");
        return plan;
    }

    public Task UpAsync(CancellationToken ct) => _cli.RunAsync(CliCommands.Up(stack), ct);

    public Task RefreshAsync(CancellationToken ct) => _cli.RunAsync(CliCommands.Refresh(stack), ct);

    public Task DestroyAsync(CancellationToken ct) => _cli.RunAsync(CliCommands.Destroy(stack), ct);

    public async Task<StackState> StateAsync(CancellationToken ct) => CliDocuments.ParseExport((await _cli.RunAsync(CliCommands.StackExport(stack), ct, quiet: true)).Stdout);

    public async Task FinishAsync(bool succeeded, CancellationToken ct)
    {
        if (_workspace is null) return;
        if (succeeded)
        {
            try
            {
                await _cli.RunAsync(CliCommands.StackRm(stack), ct);
            }
            catch (DemoFailure)
            {
                Console.Error.WriteLine(_workspace.Finish(succeeded: false, pulumi));
                throw;
            }
        }
        if (_workspace.Finish(succeeded, pulumi) is { } kept) Console.Error.WriteLine(kept);
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    private Plan Print(Plan plan)
    {
        foreach (var step in plan.Changes)
            printer.Line($"  {step.Op,-18} {step.Type,-56} {step.Name}{(step.DetailedDiff.Count > 0 ? $"  [{string.Join(", ", step.DetailedDiff.Select(kv => $"{kv.Key}: {kv.Value}"))}]" : "")}");
        printer.Line($"  plan: {plan.Summary()}");
        return plan;
    }
}
