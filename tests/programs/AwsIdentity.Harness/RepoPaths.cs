namespace AwsIdentity.Harness;

/// <summary>Where the built provider lives: $AWSIDENTITY_BIN (a directory or the binary), else bin/ at the repo root.</summary>
public static class RepoPaths
{
    public const string BinaryName = "pulumi-resource-awsidentity";

    /// <summary>The directory holding Provider.sln, found by walking up from the test assembly.</summary>
    public static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Provider.sln"))) return dir.FullName;
        throw new InvalidOperationException($"no Provider.sln above {AppContext.BaseDirectory}");
    }

    public static string ProviderBinary()
    {
        var path = BinaryPath(BinaryName);
        return File.Exists(path)
            ? path
            : throw new FileNotFoundException($"provider binary not found at {path}; run `make provider`", path);
    }

    /// <summary>Where <paramref name="name"/> is expected, whether or not it exists yet: in $AWSIDENTITY_BIN when that
    /// is a directory, $AWSIDENTITY_BIN itself when it is a file (one binary serves every engine), else bin/.</summary>
    public static string BinaryPath(string name)
    {
        var fromEnv = Environment.GetEnvironmentVariable("AWSIDENTITY_BIN");
        if (string.IsNullOrEmpty(fromEnv)) return Path.Combine(RepoRoot(), "bin", name);
        return File.Exists(fromEnv) ? fromEnv : Path.Combine(fromEnv, name);
    }
}
