namespace AwsIdentity.Emulator.Auth;

/// <summary>The parsed <c>Authorization: AWS4-HMAC-SHA256 …</c> header.</summary>
public sealed record SigV4Credential(
    string AccessKey, string Date, string Region, string Service, IReadOnlyList<string> SignedHeaders, string Signature)
{
    public string Scope => $"{Date}/{Region}/{Service}/aws4_request";

    public static SigV4Credential? Parse(string? header)
    {
        const string Algorithm = "AWS4-HMAC-SHA256 ";
        if (header is null || !header.StartsWith(Algorithm, StringComparison.Ordinal))
        {
            return null;
        }

        var parts = header[Algorithm.Length..].Split(',', StringSplitOptions.TrimEntries)
            .Select(p => p.Split('=', 2))
            .Where(p => p.Length == 2)
            .ToDictionary(p => p[0], p => p[1]);
        if (!parts.TryGetValue("Credential", out var credential) ||
            !parts.TryGetValue("SignedHeaders", out var signed) ||
            !parts.TryGetValue("Signature", out var signature))
        {
            return null;
        }

        var scope = credential.Split('/');
        if (scope.Length != 5 || scope[4] != "aws4_request")
        {
            return null;
        }

        return new SigV4Credential(scope[0], scope[1], scope[2], scope[3], signed.Split(';'), signature);
    }
}
