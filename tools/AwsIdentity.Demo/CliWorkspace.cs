using System.Text.RegularExpressions;
using AwsIdentity.Harness;

namespace AwsIdentity.Demo;

/// <summary>
/// CLI mode's temporary directory: a copy of the root Pulumi.yaml (plugin path made absolute, as a quoted YAML
/// scalar) and of the stack file (endpoints on this run's emulator), a file backend (.state) and a PULUMI_HOME
/// (.pulumi-home). Removed after a successful run; kept after a failure, with the command that reads its state.
/// </summary>
public sealed partial class CliWorkspace
{
    private CliWorkspace(string dir, string stack) => (Dir, Stack) = (dir, stack);

    /// <summary>The layout under an existing directory (tests; <see cref="Create"/> makes and fills one).</summary>
    public static CliWorkspace At(string dir, string stack) => new(dir, stack);

    public string Dir { get; }
    public string Stack { get; }
    public string Home => Path.Combine(Dir, ".pulumi-home");
    public string StateDir => Path.Combine(Dir, ".state");
    public string BackendUrl => "file://" + StateDir;

    /// <summary>The plugin the copied Pulumi.yaml names must exist first: a path that does not resolve would send the
    /// engine looking for (and, before PULUMI_DISABLE_AUTOMATIC_PLUGIN_ACQUISITION, downloading) a plugin.</summary>
    public static string RequirePlugin(string root)
    {
        var binary = Path.Combine(root, "bin", RepoPaths.BinaryName);
        if (!File.Exists(binary)) throw new DemoFailure($"CLI mode: the plugin {binary} does not exist; run `make provider` (or `make demo`, which builds it)");
        if (!OperatingSystem.IsWindows() && (File.GetUnixFileMode(binary) & UnixFileMode.UserExecute) == 0)
            throw new DemoFailure($"CLI mode: the plugin {binary} is not executable");
        return binary;
    }

    public static CliWorkspace Create(string root, string stack, string emulatorUrl)
    {
        RequirePlugin(root);
        var workspace = new CliWorkspace(Directory.CreateTempSubdirectory("awsidentity-demo-").FullName, stack);
        Directory.CreateDirectory(workspace.Home);
        Directory.CreateDirectory(workspace.StateDir);
        File.WriteAllText(Path.Combine(workspace.Dir, "Pulumi.yaml"), ProjectFile(File.ReadAllText(Path.Combine(root, "Pulumi.yaml")), root));
        var stackFile = $"Pulumi.{stack}.yaml";
        File.WriteAllText(Path.Combine(workspace.Dir, stackFile), LocalEndpoint().Replace(File.ReadAllText(Path.Combine(root, stackFile)), emulatorUrl));
        return workspace;
    }

    /// <summary>The project file with each relative plugin `path:` made absolute under <paramref name="root"/>, written as
    /// a double-quoted YAML scalar so a checkout path holding ": ", " #" or quotes stays one string.</summary>
    public static string ProjectFile(string project, string root) =>
        PluginPath().Replace(project, m => $"{m.Groups[1].Value}{Quote(Path.GetFullPath(Path.Combine(root, m.Groups[2].Value)))}");

    /// <summary>A YAML 1.2 double-quoted scalar: backslash and double quote escaped, control characters as \uXXXX.</summary>
    public static string Quote(string text) =>
        "\"" + string.Concat(text.Select(c => c switch
        {
            '\\' => "\\\\", '"' => "\\\"", < ' ' => $"\\u{(int)c:x4}", _ => c.ToString(),
        })) + "\"";

    /// <summary>The command that reads the kept stack's state: the same PULUMI_HOME, backend and passphrase.</summary>
    public string ExportCommand(string pulumi) =>
        $"PULUMI_HOME={Shell(Home)} PULUMI_BACKEND_URL={Shell(BackendUrl)} PULUMI_CONFIG_PASSPHRASE= {Shell(pulumi)} " +
        $"stack export --stack {Shell(Stack)} --cwd {Shell(Dir)}";

    private static string Shell(string text) => text.All(c => char.IsAsciiLetterOrDigit(c) || "/._-:=+@%".Contains(c)) ? text : $"'{text.Replace("'", "'\\''")}'";

    /// <summary>Removes the directory after success; after a failure keeps it and returns how to read it.</summary>
    public string? Finish(bool succeeded, string pulumi)
    {
        if (!succeeded) return $"CLI mode: the work directory is kept: {Dir}{Environment.NewLine}  read its stack with: {ExportCommand(pulumi)}";
        try { Directory.Delete(Dir, recursive: true); } catch (IOException) { }
        return null;
    }

    [GeneratedRegex(@"(?m)^(\s*path:[ \t]*)(\.{1,2}/[^\s#]*)")]
    private static partial Regex PluginPath();

    [GeneratedRegex(@"http://(?:127\.0\.0\.1|localhost):\d+")]
    private static partial Regex LocalEndpoint();
}
