using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using AwsIdentity.Emulator.Wire;
using Microsoft.AspNetCore.Http;

namespace AwsIdentity.Emulator.Auth;

/// <summary>
/// Verifies AWS Signature Version 4 on a request: canonical request, string to sign, HMAC key chain.
/// Never logs or returns the secret or the expected signature.
/// </summary>
public sealed class SigV4Verifier(string accessKey, string secretKey)
{
    private const string Mismatch =
        "The request signature we calculated does not match the signature you provided. Check your AWS Secret " +
        "Access Key and signing method. Consult the service documentation for details.";

    /// <summary>Returns the verified credential scope, or throws the AWS error for the failure.</summary>
    public SigV4Credential Verify(HttpRequest request, string rawTarget, ReadOnlySpan<byte> body)
    {
        string authorization = request.Headers.Authorization.ToString();
        if (authorization.Length == 0)
        {
            throw new AwsException("MissingAuthenticationTokenException", 403, "Missing Authentication Token");
        }

        var credential = SigV4Credential.Parse(authorization)
            ?? throw new AwsException("IncompleteSignatureException", 400,
                "Authorization header requires 'Credential', 'SignedHeaders' and 'Signature' parameters.");
        if (!CryptographicOperations.FixedTimeEquals(
                Encoding.UTF8.GetBytes(credential.AccessKey), Encoding.UTF8.GetBytes(accessKey)))
        {
            throw new AwsException("UnrecognizedClientException", 403, "The security token included in the request is invalid.");
        }

        var amzDate = request.Headers["X-Amz-Date"].ToString();
        if (!DateTime.TryParseExact(amzDate, "yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture,
                DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out _) ||
            !amzDate.StartsWith(credential.Date, StringComparison.Ordinal))
        {
            throw new AwsException("InvalidSignatureException", 403, "Date in Credential scope does not match YYYYMMDD from ISO-8601 version of date from HTTP.");
        }

        if (!credential.SignedHeaders.Contains("host"))
        {
            throw new AwsException("InvalidSignatureException", 403, "'Host' must be a 'SignedHeader' in the AWS Authorization.");
        }

        var payloadHash = PayloadHash(request, body);
        var canonical = CanonicalRequest(request, rawTarget, credential.SignedHeaders, payloadHash);
        var stringToSign = $"AWS4-HMAC-SHA256\n{amzDate}\n{credential.Scope}\n{SigV4Encoding.Sha256Hex(Encoding.UTF8.GetBytes(canonical))}";
        var key = SigV4Encoding.SigningKey(secretKey, credential.Date, credential.Region, credential.Service);
        var expected = SigV4Encoding.Hex(SigV4Encoding.Hmac(key, stringToSign));
        if (!CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(expected), Encoding.ASCII.GetBytes(credential.Signature)))
        {
            throw new AwsException("InvalidSignatureException", 403, Mismatch);
        }

        return credential;
    }

    private static string PayloadHash(HttpRequest request, ReadOnlySpan<byte> body)
    {
        var actual = SigV4Encoding.Sha256Hex(body);
        var declared = request.Headers["x-amz-content-sha256"].ToString();
        if (declared.Length == 0)
        {
            return actual;
        }

        if (declared != "UNSIGNED-PAYLOAD" && !string.Equals(declared, actual, StringComparison.OrdinalIgnoreCase))
        {
            throw new AwsException("InvalidSignatureException", 403, "The provided 'x-amz-content-sha256' header does not match what was computed.");
        }

        return declared;
    }

    private static string CanonicalRequest(HttpRequest request, string rawTarget, IReadOnlyList<string> signedHeaders, string payloadHash)
    {
        var queryStart = rawTarget.IndexOf('?');
        var rawPath = queryStart < 0 ? rawTarget : rawTarget[..queryStart];
        var rawQuery = queryStart < 0 ? "" : rawTarget[(queryStart + 1)..];
        var sb = new StringBuilder();
        sb.Append(request.Method).Append('\n');
        sb.Append(SigV4Encoding.UriEncode(rawPath.Length == 0 ? "/" : rawPath, keepSlash: true)).Append('\n');
        sb.Append(CanonicalQuery(rawQuery)).Append('\n');
        foreach (var name in signedHeaders)
        {
            var values = request.Headers[name].Select(v => string.Join(' ', (v ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries)));
            sb.Append(name).Append(':').Append(string.Join(',', values)).Append('\n');
        }

        sb.Append('\n').Append(string.Join(';', signedHeaders)).Append('\n').Append(payloadHash);
        return sb.ToString();
    }

    private static string CanonicalQuery(string rawQuery) => string.Join('&', rawQuery
        .Split('&', StringSplitOptions.RemoveEmptyEntries)
        .Select(pair => pair.Split('=', 2))
        .Select(kv => (Key: Encode(kv[0]), Value: kv.Length > 1 ? Encode(kv[1]) : ""))
        .OrderBy(kv => kv.Key, StringComparer.Ordinal)
        .ThenBy(kv => kv.Value, StringComparer.Ordinal)
        .Select(kv => $"{kv.Key}={kv.Value}"));

    private static string Encode(string component) =>
        SigV4Encoding.UriEncode(Uri.UnescapeDataString(component.Replace('+', ' ')), keepSlash: false);
}
