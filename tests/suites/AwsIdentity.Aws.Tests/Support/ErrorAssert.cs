using System.Net;
using Amazon.Runtime;

namespace AwsIdentity.Aws.Tests.Support;

/// <summary>The checks every service's error-mapping theory makes on a typed exception.</summary>
public static class ErrorAssert
{
    /// <summary>
    /// Asserts <paramref name="call"/> fails with exactly <paramref name="type"/> (a <typeparamref name="TServiceException"/>)
    /// carrying the reply's code, message, status, request id and the error type its status implies.
    /// </summary>
    public static async Task MapsTo<TServiceException>(
        Func<Task> call, Type type, string code, string message, int status, StubReply reply)
        where TServiceException : AmazonServiceException
    {
        var error = await Assert.ThrowsAnyAsync<TServiceException>(call);

        Assert.IsType(type, error);
        Assert.Equal(code, error.ErrorCode);
        Assert.Equal(message, error.Message);
        Assert.Equal((HttpStatusCode)status, error.StatusCode);
        Assert.Equal(reply.RequestId, error.RequestId);
        Assert.Equal(status >= 500 ? ErrorType.Receiver : ErrorType.Sender, error.ErrorType);
    }
}
