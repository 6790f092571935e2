using AwsIdentity.Aws.LicenseManagerUserSubscriptions.Model;
using AwsIdentity.Core.Waiting;

namespace AwsIdentity.Core.Resources.LicenseManager;

/// <summary>How License Manager User Subscriptions errors are treated.</summary>
internal static class LmusErrors
{
    public static readonly RetryRules Rules = new(RetryReason, IsTransient);

    public static string? RetryReason(Exception e) => e switch
    {
        ConflictException c => $"License Manager reports a conflicting change in flight ({c.Message})",
        ThrottlingException => "License Manager is throttling requests",
        InternalServerException => $"License Manager answered a server error ({e.Message})",
        _ => null,
    };

    public static bool IsTransient(Exception e) =>
        e is ThrottlingException or InternalServerException || AwsErrors.IsServerOrTransport(e);

    /// <summary>LMUS Status is a free string (ARCHITECTURE.md "AWS facts"): anything containing FAIL is a failure; compare ignoring case.</summary>
    public static bool IsFailure(string? status) => status?.Contains("FAIL", StringComparison.OrdinalIgnoreCase) ?? false;

    public static bool Is(string? status, string expected) => string.Equals(status, expected, StringComparison.OrdinalIgnoreCase);
}
