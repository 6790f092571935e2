using System.Text.Json.Serialization;

namespace AwsIdentity.Emulator.State;

/// <summary>A user associated with an EC2 instance (<c>InstanceUserSummary</c>).</summary>
public sealed record AssociationRecord : IStatusRecord
{
    public required string Arn { get; init; }

    public required string Username { get; init; }

    public required string InstanceId { get; init; }

    public required string DirectoryId { get; init; }

    public string? Domain { get; init; }

    public required string IdentityProviderJson { get; init; }

    public required string Status { get; set; }

    public string? StatusMessage { get; set; }

    public required DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset DueAt { get; set; }

    public DateTimeOffset? AssociationDate { get; set; }

    public DateTimeOffset? DisassociationDate { get; set; }

    /// <summary>Set when a fault says the association must end in a failure status.</summary>
    public string? PlannedFailureStatus { get; init; }

    public string? PlannedFailureMessage { get; init; }

    [JsonIgnore]
    string? IStatusRecord.Message { get => StatusMessage; set => StatusMessage = value; }
}
