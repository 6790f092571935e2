using System.Text.Json.Nodes;
using AwsIdentity.Emulator.Wire;
using Microsoft.AspNetCore.Http;

namespace AwsIdentity.Emulator.Hosting;

/// <summary>Writes JSON results and AWS rest-json errors (X-Amzn-ErrorType header, {"message": …} body).</summary>
public static class HttpReplies
{
    public static Task JsonAsync(HttpContext http, int status, JsonNode body, CancellationToken ct)
    {
        http.Response.StatusCode = status;
        http.Response.ContentType = "application/json";
        http.Response.Headers["x-amzn-RequestId"] = Guid.NewGuid().ToString();
        return http.Response.WriteAsync(body.ToJsonString(), ct);
    }

    public static Task ErrorAsync(HttpContext http, AwsException error, CancellationToken ct)
    {
        http.Response.Headers["X-Amzn-ErrorType"] = error.Code;
        return JsonAsync(http, error.Status, new JsonObject { ["message"] = error.Message }, ct);
    }
}
