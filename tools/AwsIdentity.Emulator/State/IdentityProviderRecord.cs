using System.Text.Json.Serialization;

namespace AwsIdentity.Emulator.State;

/// <summary>An identity provider registered with License Manager User Subscriptions for one product.</summary>
public sealed record IdentityProviderRecord : IStatusRecord
{
    public required string Arn { get; init; }

    public required string DirectoryId { get; init; }

    public required string Product { get; init; }

    /// <summary>The <c>IdentityProvider</c> union as registered (JSON text).</summary>
    public required string IdentityProviderJson { get; init; }

    /// <summary>The <c>Settings</c> structure (JSON text): as given, or the emulator's defaults.</summary>
    public string? SettingsJson { get; set; }

    public required string Status { get; set; }

    public string? FailureMessage { get; set; }

    public DateTimeOffset DueAt { get; set; }

    /// <summary>AssociateUser on this directory needs the user's product subscription (see LmusSubscriptionRules.cs);
    /// off for registrations the control API seeds unless asked.</summary>
    public bool RequiresSubscription { get; init; }

    /// <summary>Made by the control API as a test fixture (see LmusUserRecord.cs).</summary>
    public bool Seeded { get; init; }

    public string? PlannedFailureStatus { get; init; }

    public string? PlannedFailureMessage { get; init; }

    [JsonIgnore]
    string? IStatusRecord.Message { get => FailureMessage; set => FailureMessage = value; }
}
