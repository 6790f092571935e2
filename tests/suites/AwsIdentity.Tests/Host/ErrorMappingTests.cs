using AwsIdentity.Provider.Host;
using AwsIdentity.Core.Model;
using AwsIdentity.Core.Resources;
using AwsIdentity.Core.Values;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using static AwsIdentity.Tests.Support.V;

namespace AwsIdentity.Tests.Host;

public sealed class ErrorMappingTests
{
    private static readonly ObjectValue Outputs = Obj(("clusterName", S("prod")), ("status", S("CREATING")), ("secret", Secret(S("s"))));
    private static readonly ObjectValue Inputs = Obj(("clusterName", S("prod")));

    private static RpcException InitFailed() => ErrorMapping.ToRpc(
        new ResourceInitFailedException("prod:corp", Outputs, Inputs, ["timed out after 40m", "update u-1 still InProgress"]), "Create");

    [Fact]
    public void ToRpc_ResourceInitFailed_UnknownCodeWithReasons()
    {
        var rpc = InitFailed();
        Assert.Equal(StatusCode.Unknown, rpc.StatusCode);
        Assert.Contains("timed out after 40m", rpc.Status.Detail);
        Assert.StartsWith("Create", rpc.Status.Detail);
    }

    [Fact]
    public void ToRpc_ResourceInitFailed_TrailerCarriesErrorResourceInitFailed()
    {
        var trailer = InitFailed().Trailers.GetValueBytes(ErrorMapping.StatusDetailsTrailer);
        Assert.NotNull(trailer);
        var status = Google.Rpc.Status.Parser.ParseFrom(trailer);
        Assert.Equal((int)StatusCode.Unknown, status.Code);
        var any = Assert.Single(status.Details);
        Assert.Equal("type.googleapis.com/pulumirpc.ErrorResourceInitFailed", any.TypeUrl);
        Assert.True(any.TryUnpack<Pulumirpc.ErrorResourceInitFailed>(out var detail));
        Assert.Equal("prod:corp", detail.Id);
        Assert.Equal(["timed out after 40m",
            "update u-1 still InProgress: run `pulumi up` to finish or `pulumi destroy` to remove it"], detail.Reasons);
        Assert.Equal(Outputs, StructCodec.Decode(detail.Properties));
        Assert.Equal(Inputs, StructCodec.Decode(detail.Inputs));
    }

    [Fact]
    public void ToRpc_TimeoutInTheCauses_SaysHowToRaiseIt()
    {
        var timeout = new AwsIdentity.Core.Waiting.WaitTimeoutException("config c:n to become ACTIVE", "CREATING", TimeSpan.FromMinutes(40));
        var rpc = ErrorMapping.ToRpc(new OperationFailedException("creating identity provider config c:n", timeout), "Create");
        Assert.Equal("Create: creating identity provider config c:n: config c:n to become ACTIVE was still CREATING after 40m0s " +
            "(the timeout); raise the timeout with customTimeouts", rpc.Status.Detail);
        Assert.DoesNotContain("customTimeouts", ErrorMapping.ToRpc(new OperationFailedException("x", new IOException("y")), "Create").Status.Detail);
    }

    [Fact]
    public void ToRpc_InvalidProperties_InvalidArgumentWithLocatedFailures()
    {
        var rpc = ErrorMapping.ToRpc(new InvalidPropertiesException([new ValidationFailure(Path("oidc", "issuerUrl"), "must use https")]), "Configure");
        Assert.Equal(StatusCode.InvalidArgument, rpc.StatusCode);
        Assert.Contains("oidc.issuerUrl: must use https", rpc.Status.Detail);
    }

    [Fact]
    public void ToRpc_Cancelled_Cancelled()
    {
        Assert.Equal(StatusCode.Cancelled, ErrorMapping.ToRpc(new OperationCanceledException(), "Create").StatusCode);
        Assert.Equal(StatusCode.Cancelled, ErrorMapping.ToRpc(new TaskCanceledException(), "Create").StatusCode);
    }

    [Fact]
    public void ToRpc_RpcException_PassedThrough()
    {
        var original = new RpcException(new Status(StatusCode.NotFound, "x"));
        Assert.Same(original, ErrorMapping.ToRpc(original, "Read"));
    }

    [Fact]
    public void ToRpc_OtherException_UnknownWithMessageAndNoDetails()
    {
        var rpc = ErrorMapping.ToRpc(new InvalidOperationException("boom"), "Delete");
        Assert.Equal(StatusCode.Unknown, rpc.StatusCode);
        Assert.Equal("Delete: boom", rpc.Status.Detail);
        Assert.Null(rpc.Trailers.GetValueBytes(ErrorMapping.StatusDetailsTrailer));
    }
}
