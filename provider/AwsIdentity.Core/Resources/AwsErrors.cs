using Amazon.Runtime;

namespace AwsIdentity.Core.Resources;

/// <summary>What both services share about errors worth another try.</summary>
internal static class AwsErrors
{
    /// <summary>A 5xx answer, or no answer at all (connection reset, timeout), after the SDK's own retries.</summary>
    public static bool IsServerOrTransport(Exception e) =>
        e is AmazonServiceException { StatusCode: >= System.Net.HttpStatusCode.InternalServerError }
        || e is HttpRequestException or IOException;
}
