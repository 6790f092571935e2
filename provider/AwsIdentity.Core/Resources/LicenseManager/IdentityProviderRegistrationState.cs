using AwsIdentity.Aws.LicenseManagerUserSubscriptions.Model;
using AwsIdentity.Core.Model;

namespace AwsIdentity.Core.Resources.LicenseManager;

/// <summary>Outputs of awsidentity:licensemanager:IdentityProviderRegistration: the inputs (settings as AWS reports them)
/// plus what AWS reports.</summary>
public sealed record IdentityProviderRegistrationState : ISettledState
{
    public const string Token = "awsidentity:licensemanager:IdentityProviderRegistration";

    public IdentityProviderRegistrationArgs Args { get; init; } = new();
    public string? IdentityProviderArn { get; init; }
    public string? Status { get; init; }
    public string? FailureMessage { get; init; }
    public string? OwnerAccountId { get; init; }
    public IReadOnlyDictionary<string, string>? TagsAll { get; init; }

    /// <summary>A create finished: the directory is registered and the registration's ARN known.</summary>
    public bool IsSettled => IdentityProviderArn is not null && RegistrationStatus.IsRegistered(Status);

    /// <summary>The state of a registration AWS reported (null: just requested, so registering). Settings are AWS's
    /// when it reports them, else the requested ones.</summary>
    public static IdentityProviderRegistrationState Of(IdentityProviderRegistrationArgs args, IdentityProviderSummary? live,
        IReadOnlyDictionary<string, string> tagsAll) => new()
    {
        Args = args with { Settings = IdentityProviderRegistrationMapping.Flatten(live?.Settings) ?? args.Settings },
        IdentityProviderArn = live?.IdentityProviderArn,
        Status = live?.Status ?? RegistrationStatus.Registering,
        FailureMessage = live?.FailureMessage,
        OwnerAccountId = live?.OwnerAccountId,
        TagsAll = tagsAll,
    };

    public static readonly RecordShape<IdentityProviderRegistrationState> Shape = new RecordShape<IdentityProviderRegistrationState>(
            Token, "An Active Directory registered with License Manager user-based subscriptions for one product.")
        .Include(IdentityProviderRegistrationArgs.Shape, s => s.Args, (s, a) => s with { Args = a })
        .Property("identityProviderArn", Kinds.String, s => s.IdentityProviderArn, (s, v) => s with { IdentityProviderArn = v },
            "ARN of the registered identity provider.", required: true)
        .Property("status", Kinds.String, s => s.Status, (s, v) => s with { Status = v },
            $"Status AWS reports, such as {RegistrationStatus.Registering} or {RegistrationStatus.Registered}.", required: true)
        .Property("failureMessage", Kinds.String, s => s.FailureMessage, (s, v) => s with { FailureMessage = v },
            "Why the registration failed, when AWS says.")
        .Property("ownerAccountId", Kinds.String, s => s.OwnerAccountId, (s, v) => s with { OwnerAccountId = v },
            "AWS account that owns the registration.")
        .Property("tagsAll", Kinds.MapOf(Kinds.String), s => s.TagsAll, (s, v) => s with { TagsAll = v },
            "All tags of the registration: the provider's defaultTags merged with this resource's tags.", required: true);
}
