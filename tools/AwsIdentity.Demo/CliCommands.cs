namespace AwsIdentity.Demo;

/// <summary>
/// Every command line CLI mode runs, each flag as the Pulumi CLI declares it (pulumi/pulumi, paths under
/// pkg/cmd/pulumi). Every command names the stack with `--stack` (never the selected one) and runs
/// `--non-interactive` (pulumi.go, a persistent flag of the root command). tests/suites/AwsIdentity.Demo.Tests
/// compares these with cli-expectation.json, which cites the declaring line of each flag.
/// </summary>
public static class CliCommands
{
    private const string NonInteractive = "--non-interactive";

    /// <summary>version/version.go: prints the version (e.g. v3.190.0).</summary>
    public static string[] Version() => ["version"];

    /// <summary>stack/stack_new.go: `stack new` (alias `init`), `--stack`, `--no-select` (the user's workspace keeps its selection).</summary>
    public static string[] StackInit(string stack) => ["stack", "init", "--stack", stack, "--no-select", NonInteractive];

    /// <summary>config/config.go: `config set key value`, `--stack` is a persistent flag of `config`.</summary>
    public static string[] ConfigSet(string stack, string key, string value) => ["config", "set", key, value, "--stack", stack, NonInteractive];

    /// <summary>operations/preview.go: `--json` (a PreviewDigest), `--show-replacement-steps` (delete-replaced and
    /// create-replacement, hidden from JSON otherwise: pkg/backend/display/display.go shouldShow).</summary>
    public static string[] Preview(string stack) => ["preview", "--json", "--show-replacement-steps", "--stack", stack, NonInteractive];

    /// <summary>operations/preview.go: `--expect-no-changes` fails the preview when it plans any change.</summary>
    public static string[] PreviewExpectNoChanges(string stack) => ["preview", "--json", "--expect-no-changes", "--stack", stack, NonInteractive];

    /// <summary>operations/up.go: `--yes`, `--skip-preview`, `--diff`.</summary>
    public static string[] Up(string stack) => ["up", "--yes", "--skip-preview", "--diff", "--stack", stack, NonInteractive];

    /// <summary>operations/refresh.go: `--yes`, `--skip-preview`, `--diff`.</summary>
    public static string[] Refresh(string stack) => ["refresh", "--yes", "--skip-preview", "--diff", "--stack", stack, NonInteractive];

    /// <summary>operations/destroy.go: `--yes`, `--skip-preview`.</summary>
    public static string[] Destroy(string stack) => ["destroy", "--yes", "--skip-preview", "--stack", stack, NonInteractive];

    /// <summary>stack/stack_export.go: the deployment as JSON on stdout (apitype.UntypedDeployment).</summary>
    public static string[] StackExport(string stack) => ["stack", "export", "--stack", stack, NonInteractive];

    /// <summary>stack/stack_remove.go: `stack rm` (alias of remove), `--yes`; no `--force`, so a stack that still
    /// holds resources is refused ("still has resources; removal rejected") instead of leaving them behind unseen.</summary>
    public static string[] StackRm(string stack) => ["stack", "rm", "--stack", stack, "--yes", NonInteractive];

    /// <summary>Every command by name, in the order a run uses them.</summary>
    public static IReadOnlyList<(string Name, string[] Args)> All(string stack) =>
    [
        ("version", Version()), ("stack init", StackInit(stack)), ("config set", ConfigSet(stack, "owner", DemoScenario.NewOwner)),
        ("preview", Preview(stack)), ("preview expect no changes", PreviewExpectNoChanges(stack)), ("up", Up(stack)),
        ("refresh", Refresh(stack)), ("destroy", Destroy(stack)), ("stack export", StackExport(stack)), ("stack rm", StackRm(stack)),
    ];
}
