using AwsIdentity.Core.Model;
using AwsIdentity.Core.Resources;
using AwsIdentity.Core.Values;
using Google.Protobuf;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;

namespace AwsIdentity.Provider.Host;

/// <summary>
/// The one place where exceptions become gRPC statuses. A partial failure carries
/// pulumirpc.ErrorResourceInitFailed in google.rpc.Status details (trailer grpc-status-details-bin) with code
/// Unknown, as pulumi-go-provider sends it; the engine then keeps the resource in state (ARCHITECTURE.md "RPC contract").
/// </summary>
public static class ErrorMapping
{
    public const string StatusDetailsTrailer = "grpc-status-details-bin";

    public static RpcException ToRpc(Exception e, string operation) => e switch
    {
        RpcException rpc => rpc,
        ResourceInitFailedException init => InitFailed(init, operation),
        InvalidPropertiesException invalid => new RpcException(new Status(StatusCode.InvalidArgument,
            $"{operation}: invalid properties: {invalid.Message}")),
        ArgumentException bad => new RpcException(new Status(StatusCode.InvalidArgument, $"{operation}: {bad.Message}")),
        OperationCanceledException => new RpcException(new Status(StatusCode.Cancelled, $"{operation}: cancelled")),
        _ => new RpcException(new Status(StatusCode.Unknown, PulumiWording.WithTimeoutAdvice($"{operation}: {e.Message}", e))),
    };

    private static RpcException InitFailed(ResourceInitFailedException e, string operation)
    {
        var detail = new Pulumirpc.ErrorResourceInitFailed
        {
            Id = e.Id,
            Properties = StructCodec.Encode(e.Outputs),
            Inputs = StructCodec.Encode(e.Inputs),
        };
        var reasons = PulumiWording.Reasons(e);
        detail.Reasons.AddRange(reasons);
        var message = $"{operation}: {string.Join("; ", reasons)}";
        var status = new Google.Rpc.Status { Code = (int)StatusCode.Unknown, Message = message };
        status.Details.Add(Any.Pack(detail));
        var trailers = new Metadata { { StatusDetailsTrailer, status.ToByteArray() } };
        return new RpcException(new Status(StatusCode.Unknown, message), trailers);
    }
}
