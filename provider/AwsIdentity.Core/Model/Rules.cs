namespace AwsIdentity.Core.Model;

/// <summary>Reusable value rules; each returns a reason (what is wrong and what is allowed) or null.</summary>
public static class Rules
{
    public static string? Length(string s, int min, int max)
    {
        if (s.Length < min) return min == 1 ? "must not be empty" : $"must be at least {min} characters, got {s.Length}";
        if (s.Length > max) return $"must be at most {max} characters, got {s.Length}";
        return null;
    }

    /// <summary>The tag that marks an object as created by one resource (Resources/Ownership.cs).</summary>
    public const string OwnerTagKey = "awsidentity:owner";

    /// <summary>AWS tag keys: 1–128 characters, not starting with "aws:" (reserved for AWS), not our owner marker.</summary>
    public static string? TagKey(string key) =>
        Length(key, 1, 128) is { } reason ? $"tag key {reason}"
        : key.StartsWith("aws:", StringComparison.OrdinalIgnoreCase) ? "tag keys starting with \"aws:\" are reserved for AWS"
        : key == OwnerTagKey ? $"the tag key {OwnerTagKey} is reserved: awsidentity marks what it created with it"
        : null;

    /// <summary>An absolute URL with a host; https only when <paramref name="httpsOnly"/> is set.</summary>
    public static string? Url(string s, bool httpsOnly)
    {
        if (!Uri.TryCreate(s, UriKind.Absolute, out var uri) || string.IsNullOrEmpty(uri.Host))
            return $"must be an absolute URL such as https://example.com, got \"{s}\"";
        if (httpsOnly ? uri.Scheme != Uri.UriSchemeHttps : uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp)
            return $"must use {(httpsOnly ? "https" : "http or https")}, got \"{uri.Scheme}\"";
        return null;
    }
}
