using Grpc.Core;
using Pulumirpc;

namespace AwsIdentity.Harness;

/// <summary>Reads pulumirpc.ErrorResourceInitFailed from a status's grpc-status-details-bin trailer.</summary>
public static class PartialFailure
{
    public static ErrorResourceInitFailed? From(RpcException e)
    {
        var raw = e.Trailers.GetValueBytes("grpc-status-details-bin");
        if (raw is null) return null;
        var status = Google.Rpc.Status.Parser.ParseFrom(raw);
        return status.Details.FirstOrDefault(d => d.Is(ErrorResourceInitFailed.Descriptor))?.Unpack<ErrorResourceInitFailed>();
    }
}
