using AwsIdentity.Aws.EKS.Model;
using AwsIdentity.Core.Waiting;

namespace AwsIdentity.Core.Resources.Eks;

/// <summary>How EKS errors are treated (ARCHITECTURE.md "AWS facts").</summary>
internal static class EksErrors
{
    public static readonly RetryRules Rules = new(RetryReason, IsTransient);

    /// <summary>Why a mutating call is worth another try, or null.</summary>
    public static string? RetryReason(Exception e) => e switch
    {
        ResourceInUseException busy => $"the cluster is busy with another update ({busy.Message})",
        ThrottlingException => "EKS is throttling requests",
        ServerException or ServiceUnavailableException => $"EKS answered a server error ({e.Message})",
        _ => null,
    };

    /// <summary>A poll that failed for a reason that another poll may not share.</summary>
    public static bool IsTransient(Exception e) =>
        e is ThrottlingException or ServerException or ServiceUnavailableException || AwsErrors.IsServerOrTransport(e);

    /// <summary>Disassociating something that is gone already.</summary>
    public static bool IsGone(Exception e) =>
        e is ResourceNotFoundException
        || e is InvalidRequestException && e.Message.Contains("not associated", StringComparison.OrdinalIgnoreCase);
}
