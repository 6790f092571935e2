using System.Text.Json.Serialization;

namespace AwsIdentity.Emulator.State;

/// <summary>A user's product subscription (<c>ProductUserSummary</c>); a stopped one stays listed, as in AWS.</summary>
public sealed record SubscriptionRecord : IStatusRecord
{
    public required string Arn { get; init; }

    public required string Username { get; init; }

    public required string DirectoryId { get; init; }

    public required string Product { get; init; }

    public string? Domain { get; init; }

    public required string IdentityProviderJson { get; init; }

    public required string Status { get; set; }

    public string? StatusMessage { get; set; }

    public DateTimeOffset DueAt { get; set; }

    public DateTimeOffset? StartDate { get; set; }

    public DateTimeOffset? EndDate { get; set; }

    public string? PlannedFailureStatus { get; init; }

    public string? PlannedFailureMessage { get; init; }

    [JsonIgnore]
    string? IStatusRecord.Message { get => StatusMessage; set => StatusMessage = value; }
}
