using AwsIdentity.Harness;

namespace AwsIdentity.Demo.Tests;

/// <summary>CLI mode's work directory: the files it writes, the plugin check, and what a failure leaves behind.</summary>
public sealed class CliWorkspaceTests : IDisposable
{
    private readonly string _parent = Directory.CreateTempSubdirectory("demo-tests-").FullName;

    public void Dispose() => Directory.Delete(_parent, recursive: true);

    /// <summary>A checkout whose path holds what breaks an unquoted YAML scalar: ": ", " #", quotes, a backslash.</summary>
    private string Checkout(bool plugin = true, bool executable = true)
    {
        var root = Path.Combine(_parent, "my: checkout #1 \"quoted\" it's \\here");
        Directory.CreateDirectory(Path.Combine(root, "bin"));
        var repo = RepoPaths.RepoRoot();
        File.Copy(Path.Combine(repo, "Pulumi.yaml"), Path.Combine(root, "Pulumi.yaml"));
        File.Copy(Path.Combine(repo, "Pulumi.local.yaml"), Path.Combine(root, "Pulumi.local.yaml"));
        if (plugin)
        {
            var binary = Path.Combine(root, "bin", RepoPaths.BinaryName);
            File.WriteAllText(binary, "#!/bin/sh\n");
            File.SetUnixFileMode(binary, executable ? UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute : UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }
        return root;
    }

    [Fact]
    public void ThePluginPathIsAbsoluteAndQuotedSoAnyCheckoutPathParses()
    {
        var root = Checkout();
        var workspace = CliWorkspace.Create(root, "local", "http://127.0.0.1:45678");
        try
        {
            var project = YamlValues.LoadMapping(Path.Combine(workspace.Dir, "Pulumi.yaml"));
            Assert.Equal(Path.Combine(root, "bin"), project["plugins"]!["providers"]![0]!["path"]!.GetValue<string>());
            Assert.Equal("awsidentity", project["plugins"]!["providers"]![0]!["name"]!.GetValue<string>());
            // The rest of the program is untouched: the copy resolves to the same resources as the original.
            var (copy, original) = (StackProgram.Load(workspace.Dir, "local"), StackProgram.Load(RepoPaths.RepoRoot(), "local"));
            Assert.Equal(original.Resources.Select(r => (r.Type, r.Name, r.Inputs.ToJsonString())), copy.Resources.Select(r => (r.Type, r.Name, r.Inputs.ToJsonString())));
            Assert.Equal("http://127.0.0.1:45678", copy.ProviderConfig["endpoints"]!["eks"]!.GetValue<string>());
            Assert.Equal("http://127.0.0.1:45678", copy.ProviderConfig["endpoints"]!["licenseManagerUserSubscriptions"]!.GetValue<string>());
            Assert.True(Directory.Exists(workspace.Home) && Directory.Exists(workspace.StateDir));
            Assert.Equal("file://" + workspace.StateDir, workspace.BackendUrl);
        }
        finally
        {
            workspace.Finish(succeeded: true, "pulumi");
        }
    }

    [Theory]
    [InlineData("./bin")]
    [InlineData("../plugins/bin")]
    public void OnlyRelativePluginPathsAreRewritten(string path)
    {
        var text = CliWorkspace.ProjectFile($"plugins:\n  providers:\n    - name: awsidentity\n      path: {path}\nother:\n  path: /abs\n", "/r: x");
        Assert.Contains($"path: \"{Path.GetFullPath(Path.Combine("/r: x", path))}\"", text, StringComparison.Ordinal);
        Assert.Contains("path: /abs", text, StringComparison.Ordinal);
    }

    [Fact]
    public void AMissingPluginFailsBeforeAnythingStarts()
    {
        var e = Assert.Throws<DemoFailure>(() => CliWorkspace.Create(Checkout(plugin: false), "local", "http://127.0.0.1:1"));
        Assert.Contains("does not exist; run `make provider`", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ANonExecutablePluginFails() =>
        Assert.Contains("not executable", Assert.Throws<DemoFailure>(() => CliWorkspace.Create(Checkout(executable: false), "local", "http://127.0.0.1:1")).Message, StringComparison.Ordinal);

    [Fact]
    public void AFailureKeepsTheDirectoryAndSaysHowToReadItsStack()
    {
        var workspace = CliWorkspace.Create(Checkout(), "local", "http://127.0.0.1:1");
        var message = workspace.Finish(succeeded: false, "/opt/pulumi/bin/pulumi");
        Assert.True(Directory.Exists(workspace.Dir));
        Assert.NotNull(message);
        Assert.Contains(workspace.Dir, message, StringComparison.Ordinal);
        Assert.Contains($"PULUMI_HOME={workspace.Home} PULUMI_BACKEND_URL=file://{workspace.StateDir} PULUMI_CONFIG_PASSPHRASE= /opt/pulumi/bin/pulumi stack export --stack local --cwd {workspace.Dir}", message, StringComparison.Ordinal);
        Assert.Null(workspace.Finish(succeeded: true, "pulumi"));
        Assert.False(Directory.Exists(workspace.Dir));
    }

    [Fact]
    public void TheExportCommandQuotesPathsForTheShell()
    {
        var command = CliWorkspace.At("/tmp/it's here", "local").ExportCommand("pulumi");
        Assert.Contains("--cwd '/tmp/it'\\''s here'", command, StringComparison.Ordinal);
        Assert.Contains("PULUMI_HOME='/tmp/it'\\''s here/.pulumi-home'", command, StringComparison.Ordinal);
    }
}
