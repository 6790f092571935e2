using System.Net;
using System.Text.Json;
using Amazon.Runtime;

namespace AwsIdentity.Aws.Runtime;

/// <summary>An AWS error response, parsed once: code, message, request id, status and the raw JSON body.</summary>
internal sealed record ServiceError(
    string? Code,
    string Message,
    string? RequestId,
    HttpStatusCode StatusCode,
    ErrorType Type,
    Exception? InnerException,
    JsonElement Body)
{
    /// <summary>A top-level string member of the error body (e.g. EKS's clusterName), or null.</summary>
    public string? Member(string name) => JsonRead.Str(Body, name);

    /// <summary>
    /// rest-json error code: the X-Amzn-ErrorType header first, then the body's __type or code.
    /// Values may look like "Name:http://..." or "aws.protocoltests#Name"; only Name is kept
    /// [Smithy aws.protocols#restJson1, "Operation error serialization"].
    /// </summary>
    public static string? SanitizeCode(string? raw)
    {
        if (string.IsNullOrWhiteSpace(raw))
        {
            return null;
        }

        var code = raw;
        var colon = code.IndexOf(':', StringComparison.Ordinal);
        if (colon >= 0)
        {
            code = code[..colon];
        }

        var hash = code.LastIndexOf('#');
        if (hash >= 0)
        {
            code = code[(hash + 1)..];
        }

        code = code.Trim();
        return code.Length == 0 ? null : code;
    }

    public static ServiceError Parse(
        string? headerCode, string? requestId, byte[] body, HttpStatusCode status, Exception? inner)
    {
        var root = ParseLeniently(body);
        var code = SanitizeCode(headerCode)
            ?? SanitizeCode(JsonRead.Str(root, "__type"))
            ?? SanitizeCode(JsonRead.Str(root, "code"))
            ?? SanitizeCode(JsonRead.Str(root, "Code"));
        var message = JsonRead.Str(root, "message")
            ?? JsonRead.Str(root, "Message")
            ?? JsonRead.Str(root, "errorMessage")
            ?? $"AWS returned HTTP {(int)status} ({status}) with no error message.";
        var type = (int)status >= 500 ? ErrorType.Receiver : ErrorType.Sender;
        return new ServiceError(code, message, requestId, status, type, inner, root);
    }

    /// <summary>A proxy or load balancer may answer with HTML; the status code must still come through.</summary>
    private static JsonElement ParseLeniently(byte[] body)
    {
        try
        {
            return JsonRead.ParseOrEmpty(body);
        }
        catch (JsonException)
        {
            return JsonRead.ParseOrEmpty([]);
        }
    }
}
