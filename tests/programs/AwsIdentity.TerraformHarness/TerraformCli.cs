namespace AwsIdentity.TerraformHarness;

/// <summary>Finds the terraform executable, and knows which of its commands take which standard flags.</summary>
public static class TerraformCli
{
    /// <summary>The commands that accept -input=false (the others reject it: "flag provided but not defined").
    /// Every command accepts -no-color. Checked against terraform 1.11.4.</summary>
    private static readonly HashSet<string> TakesInput = ["init", "plan", "apply", "destroy", "import", "refresh", "console"];

    /// <summary>`terraform` on PATH; fails with what to install when there is none.</summary>
    public static string Find() =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, "terraform")).FirstOrDefault(File.Exists)
        ?? throw new FileNotFoundException("terraform is not on PATH: the Terraform suites drive the real CLI (1.11.4)", "terraform");

    /// <summary>Commands whose second word is a subcommand (`state pull`, `providers lock`, `workspace new`).</summary>
    private static readonly HashSet<string> HasSubcommands = ["state", "providers", "workspace"];

    /// <summary><paramref name="args"/> with -no-color and, where the command takes it, -input=false right after the
    /// command (and subcommand) word: terraform's flag parsing stops at the first positional argument, so a flag
    /// after `import ADDR ID` or `state rm ADDR` would be read as one.</summary>
    public static IReadOnlyList<string> WithStandardFlags(IReadOnlyList<string> args)
    {
        if (args.Count == 0) return args;
        var flags = new List<string> { "-no-color" };
        if (TakesInput.Contains(args[0])) flags.Add("-input=false");
        var at = Math.Min(args.Count, HasSubcommands.Contains(args[0]) ? 2 : 1);
        return [.. args.Take(at), .. flags.Where(f => !args.Contains(f)), .. args.Skip(at)];
    }
}
