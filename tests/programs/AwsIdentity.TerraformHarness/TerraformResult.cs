namespace AwsIdentity.TerraformHarness;

/// <summary>What one terraform command printed and how it ended.</summary>
public sealed record TerraformResult(IReadOnlyList<string> Args, int ExitCode, string Stdout, string Stderr, TimeSpan Elapsed)
{
    public string Command => "terraform " + string.Join(' ', Args);

    /// <summary>`plan -detailed-exitcode`: 0 means no changes, 2 means changes; anything else is a failure.</summary>
    public bool HasChanges => ExitCode switch
    {
        0 => false,
        2 => true,
        _ => throw new TerraformException(this, "expected exit code 0 (no changes) or 2 (changes)"),
    };

    /// <summary>This result when the command exited 0, else a failure carrying its output.</summary>
    public TerraformResult EnsureSuccess() => ExitCode == 0 ? this : throw new TerraformException(this, "expected exit code 0");

    /// <summary>This result when the command failed (exit code 1), else a failure carrying its output.</summary>
    public TerraformResult EnsureFailure() => ExitCode == 1 ? this : throw new TerraformException(this, "expected exit code 1");

    public override string ToString() =>
        $"$ {Command}{Environment.NewLine}exit {ExitCode} after {Elapsed.TotalSeconds:0.0}s{Environment.NewLine}" +
        $"--- stdout ---{Environment.NewLine}{Stdout}--- stderr ---{Environment.NewLine}{Stderr}";
}

/// <summary>A terraform command that ended otherwise than a test expected; the message holds all it printed.</summary>
public sealed class TerraformException(TerraformResult result, string expectation)
    : Exception($"{expectation}: {result}")
{
    public TerraformResult Result => result;
}
