using System.Security.Cryptography;
using System.Text;

namespace AwsIdentity.TerraformHarness;

/// <summary>
/// The "h1:" package hash terraform records in .terraform.lock.hcl for a package it installed from a local mirror:
/// Go's dirhash.Hash1 of the package directory (hashicorp/terraform internal/getproviders/hash.go PackageHashV1):
/// one line "&lt;sha256 hex of the file&gt;  &lt;path relative to the directory, '/'-separated&gt;\n" per file in byte
/// order of the paths, then "h1:" + base64 of the SHA-256 of those lines. The directory itself may be a symlink (as
/// terraform init links .terraform/providers/… to an unpacked mirror directory).
/// </summary>
public static class DirHash
{
    public static string Hash1(string directory)
    {
        var root = Path.GetFullPath(directory);
        var files = Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(root, f).Replace(Path.DirectorySeparatorChar, '/'))
            .Order(StringComparer.Ordinal);
        var summary = new StringBuilder();
        foreach (var file in files)
        {
            if (file.Contains('\n')) throw new InvalidOperationException($"dirhash cannot hash a file name with a newline: {file}");
            using var stream = File.OpenRead(Path.Combine(root, file));
            summary.Append(Convert.ToHexStringLower(SHA256.HashData(stream))).Append("  ").Append(file).Append('\n');
        }
        return "h1:" + Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(summary.ToString())));
    }
}
