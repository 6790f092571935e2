using AwsIdentity.Aws.LicenseManagerUserSubscriptions.Model;

namespace AwsIdentity.Core.Resources.LicenseManager;

/// <summary>
/// The status strings of an identity provider registration, in one place. IdentityProviderSummary.Status is a free
/// string (boto/botocore botocore/data/license-manager-user-subscriptions/2018-05-10/service-2.json) and no AWS document
/// lists its values: REGISTERED is cited (aws-samples/aws-license-manager-license-consumption-sample
/// user-subscriptions/src/manage_license_server_endpoints.py compares against it), DEREGISTERED only listed
/// (aws-samples/aws-license-manager-license-consumption-sample user-subscriptions/docs/API_REFERENCE.md), REGISTERING and DEREGISTERING are assumed. Whatever contains
/// FAIL fails, with AWS's FailureMessage; anything else is in progress (LmusWaits.cs).
/// </summary>
public static class RegistrationStatus
{
    public const string Registering = "REGISTERING";
    public const string Registered = "REGISTERED";
    public const string Deregistering = "DEREGISTERING";
    public const string Deregistered = "DEREGISTERED";

    internal static readonly LmusStatuses Lifecycle = new("registration", Registering, Registered, Deregistering, Deregistered);

    public static bool IsRegistered(string? status) => LmusErrors.Is(status, Registered);

    /// <summary>Listed as deregistered: the registration is gone (a listing may also just leave it out).</summary>
    public static bool IsGone(string? status) => LmusErrors.Is(status, Deregistered);

    /// <summary>On its way out or out: not a registration a create may adopt.</summary>
    public static bool IsLeaving(string? status) => IsGone(status) || LmusErrors.Is(status, Deregistering);

    internal static (string?, string?) Report(IdentityProviderSummary s) => (s.Status, s.FailureMessage);
}
