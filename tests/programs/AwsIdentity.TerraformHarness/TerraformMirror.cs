using System.IO.Compression;
using System.Runtime.InteropServices;

namespace AwsIdentity.TerraformHarness;

/// <summary>
/// Where terraform looks for our provider in a local mirror, and how to put it there (facts and their sources:
/// README.md here, "Local mirrors"). The same layout serves the implied mirror ~/.terraform.d/plugins, an explicit
/// `filesystem_mirror { path }` and `terraform init -plugin-dir`.
/// </summary>
public static class TerraformMirror
{
    public const string Hostname = "registry.terraform.io";
    public const string Namespace = "awsidentity";
    public const string Type = "awsidentity";
    public const string Address = $"{Hostname}/{Namespace}/{Type}";
    public const string BinaryName = $"terraform-provider-{Type}";

    /// <summary>The implied local mirror under a home directory (hashicorp/terraform provider_source.go
    /// implicitProviderSource: the CLI config directory's "plugins"; config_unix.go configDir: $HOME/.terraform.d).</summary>
    public static string ImpliedDir(string home) => Path.Combine(home, ".terraform.d", "plugins");

    /// <summary>terraform's name for this machine's platform, e.g. linux_amd64 (GOOS_GOARCH).</summary>
    public static string Platform()
    {
        var os = OperatingSystem.IsLinux() ? "linux" : OperatingSystem.IsMacOS() ? "darwin" : OperatingSystem.IsWindows() ? "windows"
            : throw new PlatformNotSupportedException(RuntimeInformation.OSDescription);
        var arch = RuntimeInformation.OSArchitecture switch
        {
            Architecture.X64 => "amd64",
            Architecture.Arm64 => "arm64",
            var other => throw new PlatformNotSupportedException(other.ToString()),
        };
        return $"{os}_{arch}";
    }

    /// <summary>The unpacked layout: MIRROR/HOST/NAMESPACE/TYPE/VERSION/PLATFORM/ (hashicorp/terraform
    /// internal/getproviders/filesystem_search.go UnpackedDirectoryPathForPackage).</summary>
    public static string UnpackedDir(string mirror, string version, string? platform = null) =>
        Path.Combine(mirror, Hostname, Namespace, Type, version, platform ?? Platform());

    /// <summary>The executable's name inside a package, as release packages name it (terraform accepts any name that
    /// is BinaryName followed by nothing, "_" or ".": internal/providercache/cached_provider.go ExecutableFile).</summary>
    public static string ExecutableName(string version) => $"{BinaryName}_v{version}";

    /// <summary>The packed layout: MIRROR/HOST/NAMESPACE/TYPE/terraform-provider-TYPE_VERSION_PLATFORM.zip
    /// (filesystem_search.go PackedFilePathForPackage); also the release archive's name.</summary>
    public static string PackedArchive(string mirror, string version, string? platform = null) =>
        Path.Combine(mirror, Hostname, Namespace, Type, $"{BinaryName}_{version}_{platform ?? Platform()}.zip");

    /// <summary>Copies <paramref name="binary"/> into the unpacked layout as an executable; returns the package directory.</summary>
    public static string InstallUnpacked(string mirror, string binary, string version)
    {
        var dir = UnpackedDir(mirror, version);
        Directory.CreateDirectory(dir);
        CopyExecutable(binary, Path.Combine(dir, ExecutableName(version)));
        return dir;
    }

    /// <summary>Zips <paramref name="binary"/> (mode 0755 in the entry, which terraform keeps when it extracts)
    /// into the packed layout; returns the archive's path.</summary>
    public static string InstallPacked(string mirror, string binary, string version)
    {
        var archive = PackedArchive(mirror, version);
        Directory.CreateDirectory(Path.GetDirectoryName(archive)!);
        File.Delete(archive);
        using var zip = ZipFile.Open(archive, ZipArchiveMode.Create);
        var entry = zip.CreateEntryFromFile(binary, ExecutableName(version));
        entry.ExternalAttributes = Convert.ToInt32("100755", 8) << 16; // S_IFREG | rwxr-xr-x, as Info-ZIP stores it
        return archive;
    }

    public static void CopyExecutable(string binary, string target)
    {
        File.Copy(binary, target, overwrite: true);
        MarkExecutable(target);
    }

    /// <summary>rwxr-xr-x (where there are Unix modes).</summary>
    public static void MarkExecutable(string path)
    {
        if (!OperatingSystem.IsWindows())
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute |
                UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute);
    }

    public static bool IsExecutable(string path) =>
        OperatingSystem.IsWindows() || (File.GetUnixFileMode(path) & UnixFileMode.UserExecute) != 0;
}
