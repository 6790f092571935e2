using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace AwsIdentity.Emulator.Tests.Infrastructure;

/// <summary>A small, independent SigV4 signer for the tests (header signing, no chunking).</summary>
public static class TestSigner
{
    public static void Sign(HttpRequestMessage request, byte[] body, string signingName, string region,
        string accessKey, string secretKey, string? sessionToken = null, string? contentSha = null)
    {
        var now = DateTime.UtcNow;
        var amzDate = now.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);
        var date = amzDate[..8];
        var uri = request.RequestUri!;
        request.Headers.Host = uri.Authority;
        request.Headers.Add("X-Amz-Date", amzDate);
        var headers = new SortedDictionary<string, string>(StringComparer.Ordinal)
        {
            ["host"] = uri.Authority,
            ["x-amz-date"] = amzDate,
        };
        if (sessionToken is not null)
        {
            request.Headers.Add("X-Amz-Security-Token", sessionToken);
            headers["x-amz-security-token"] = sessionToken;
        }

        if (contentSha is not null)
        {
            request.Headers.Add("x-amz-content-sha256", contentSha);
            headers["x-amz-content-sha256"] = contentSha;
        }

        var payloadHash = contentSha ?? Hex(SHA256.HashData(body));
        var query = string.Join('&', uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Select(p => p.Split('=', 2)).Select(p => (K: Enc(Uri.UnescapeDataString(p[0])), V: p.Length > 1 ? Enc(Uri.UnescapeDataString(p[1])) : ""))
            .OrderBy(p => p.K, StringComparer.Ordinal).ThenBy(p => p.V, StringComparer.Ordinal).Select(p => $"{p.K}={p.V}"));
        var signed = string.Join(';', headers.Keys);
        var canonical = $"{request.Method.Method}\n{Enc(uri.AbsolutePath, true)}\n{query}\n" +
            string.Concat(headers.Select(h => $"{h.Key}:{h.Value}\n")) + $"\n{signed}\n{payloadHash}";
        var scope = $"{date}/{region}/{signingName}/aws4_request";
        var toSign = $"AWS4-HMAC-SHA256\n{amzDate}\n{scope}\n{Hex(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)))}";
        var key = Hmac(Hmac(Hmac(Hmac(Encoding.UTF8.GetBytes("AWS4" + secretKey), date), region), signingName), "aws4_request");
        var signature = Hex(Hmac(key, toSign));
        request.Headers.TryAddWithoutValidation("Authorization",
            $"AWS4-HMAC-SHA256 Credential={accessKey}/{scope}, SignedHeaders={signed}, Signature={signature}");
    }

    private static byte[] Hmac(byte[] key, string data) => HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(data));

    private static string Hex(byte[] bytes) => Convert.ToHexStringLower(bytes);

    private static string Enc(string s, bool path = false) => string.Concat(Encoding.UTF8.GetBytes(s).Select(b =>
        char.IsAsciiLetterOrDigit((char)b) || "-_.~".Contains((char)b) || (path && b == '/') ? ((char)b).ToString() : $"%{b:X2}"));
}
