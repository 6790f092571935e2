using AwsIdentity.Aws.LicenseManagerUserSubscriptions.Model;
using AwsIdentity.Core.Model;

namespace AwsIdentity.Core.Resources.LicenseManager;

/// <summary>Outputs of awsidentity:licensemanager:UserAssociation: the inputs plus what AWS reports.</summary>
public sealed record UserAssociationState : ISettledState
{
    public const string Token = "awsidentity:licensemanager:UserAssociation";

    public UserAssociationArgs Args { get; init; } = new();
    public string? InstanceUserArn { get; init; }
    public string? Status { get; init; }
    public string? StatusMessage { get; init; }
    public string? AssociationDate { get; init; }
    public string? DisassociationDate { get; init; }
    public IReadOnlyDictionary<string, string>? TagsAll { get; init; }

    /// <summary>A create finished: the user is ASSOCIATED and the association's ARN known.</summary>
    public bool IsSettled => InstanceUserArn is not null && LmusErrors.Is(Status, "ASSOCIATED");

    /// <summary>The state of an association AWS listed (null: just requested, so ASSOCIATING).</summary>
    public static UserAssociationState Of(UserAssociationArgs args, InstanceUserSummary? live, IReadOnlyDictionary<string, string> tagsAll) => new()
    {
        Args = args,
        InstanceUserArn = live?.InstanceUserArn,
        Status = live?.Status ?? "ASSOCIATING",
        StatusMessage = live?.StatusMessage,
        AssociationDate = live?.AssociationDate,
        DisassociationDate = live?.DisassociationDate,
        TagsAll = tagsAll,
    };

    public static readonly RecordShape<UserAssociationState> Shape = new RecordShape<UserAssociationState>(
            Token, "An Active Directory user associated with an EC2 instance for License Manager user-based subscriptions.")
        .Include(UserAssociationArgs.Shape, s => s.Args, (s, a) => s with { Args = a })
        .Property("instanceUserArn", Kinds.String, s => s.InstanceUserArn, (s, v) => s with { InstanceUserArn = v },
            "ARN of the instance user (the association).", required: true)
        .Property("status", Kinds.String, s => s.Status, (s, v) => s with { Status = v },
            "Status AWS reports, such as ASSOCIATING or ASSOCIATED.", required: true)
        .Property("statusMessage", Kinds.String, s => s.StatusMessage, (s, v) => s with { StatusMessage = v },
            "Why the association is in its status, when AWS says.")
        .Property("associationDate", Kinds.String, s => s.AssociationDate, (s, v) => s with { AssociationDate = v },
            "When the user was associated.")
        .Property("disassociationDate", Kinds.String, s => s.DisassociationDate, (s, v) => s with { DisassociationDate = v },
            "When the user was disassociated, if it was.")
        .Property("tagsAll", Kinds.MapOf(Kinds.String), s => s.TagsAll, (s, v) => s with { TagsAll = v },
            "All tags of the association: the provider's defaultTags merged with this resource's tags.", required: true);
}
