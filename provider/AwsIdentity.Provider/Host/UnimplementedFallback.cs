using Grpc.Core;

namespace AwsIdentity.Provider.Host;

/// <summary>
/// Answers every gRPC method we do not serve (Invoke, Call, Construct, Parameterize, other services) with
/// UNIMPLEMENTED and a message that names it, instead of the framework's bare "unimplemented".
/// </summary>
public static class UnimplementedFallback
{
    public static void Map(WebApplication app) =>
        app.MapFallback(context =>
        {
            var method = context.Request.Path.Value?.TrimStart('/') ?? "";
            context.Response.ContentType = "application/grpc";
            context.Response.AppendTrailer("grpc-status", ((int)StatusCode.Unimplemented).ToString());
            context.Response.AppendTrailer("grpc-message", PercentEncode(
                $"awsidentity does not implement {method}: it serves ResourceProvider Handshake, GetSchema, CheckConfig, DiffConfig, Configure, Check, Diff, Create, Read, Update, Delete, Cancel, GetPluginInfo, Attach, GetMapping and GetMappings"));
            return Task.CompletedTask;
        });

    // grpc-message is percent-encoded only outside printable ASCII, and '%' itself (grpc/grpc doc/PROTOCOL-HTTP2.md).
    private static string PercentEncode(string message) => string.Concat(System.Text.Encoding.UTF8.GetBytes(message)
        .Select(b => b is >= 0x20 and <= 0x7E and not (byte)'%' ? ((char)b).ToString() : $"%{b:X2}"));
}
