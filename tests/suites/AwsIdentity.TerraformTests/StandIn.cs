using AwsIdentity.TerraformHarness;

namespace AwsIdentity.TerraformTests;

/// <summary>
/// A stand-in for the provider executable, for what terraform does without running a provider (init finds and hashes
/// the package) or before the first RPC (the environment it starts the provider with): a shell script that writes
/// its environment (NUL-separated: PLUGIN_CLIENT_CERT spans lines) to <see cref="EnvFile"/> (the last run's) and
/// its path to a list and exits 1. Never shipped; one per test (its directory is removed).
/// </summary>
public sealed class StandIn : IDisposable
{
    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("awsidentity-standin-");

    public StandIn(string marker = "stand-in")
    {
        Path = System.IO.Path.Combine(_dir.FullName, "terraform-provider-awsidentity");
        EnvFile = System.IO.Path.Combine(_dir.FullName, "provider-env.txt");
        File.WriteAllText(Path, $"#!/bin/sh\n# {marker}\nenv -0 > '{EnvFile}'\necho \"$0\" >> '{EnvFile}.argv0'\nexit 1\n");
        TerraformMirror.MarkExecutable(Path);
    }

    public string Path { get; }
    public string EnvFile { get; }

    /// <summary>The environment the stand-in was started with, or null if terraform never started it.</summary>
    public IReadOnlyDictionary<string, string>? StartedWith() => File.Exists(EnvFile)
        ? File.ReadAllText(EnvFile).Split('\0', StringSplitOptions.RemoveEmptyEntries).Select(l => l.Split('=', 2))
            .ToDictionary(p => p[0], p => p.Length > 1 ? p[1] : "")
        : null;

    /// <summary>Each path terraform executed the stand-in (or a copy of it) as ($0), in order.</summary>
    public IReadOnlyList<string> Executions() => File.Exists(EnvFile + ".argv0") ? File.ReadAllLines(EnvFile + ".argv0") : [];

    public void Dispose() => _dir.Delete(recursive: true);
}
