using System.Text.RegularExpressions;

namespace AwsIdentity.Core.Resources.LicenseManager;

/// <summary>DNS domain names (RFC 1035 labels: letters, digits, hyphens; 1–63 characters; 253 in all).</summary>
internal static partial class DnsName
{
    [GeneratedRegex("^(?!-)[A-Za-z0-9-]{1,63}(?<!-)$", RegexOptions.CultureInvariant)]
    private static partial Regex Label();

    public static string? Rule(string name)
    {
        var trimmed = name.EndsWith('.') ? name[..^1] : name;
        if (trimmed.Length is 0 or > 253 || !trimmed.Split('.').All(l => Label().IsMatch(l)))
            return $"must be a DNS domain name such as corp.example.com (labels of letters, digits and hyphens, at most 253 characters), got \"{name}\"";
        return null;
    }
}
