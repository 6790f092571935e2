using System.Text.Json.Serialization;

namespace AwsIdentity.Emulator.State;

/// <summary>What an association and a product subscription share: one directory user's record that settles
/// asynchronously (Lmus/LmusUsers.cs creates both the same way).</summary>
public abstract record LmusUserRecord : IStatusRecord
{
    public string Arn { get; init; } = "";

    public string Username { get; init; } = "";

    public required string DirectoryId { get; init; }

    public string? Domain { get; init; }

    /// <summary>The <c>IdentityProvider</c> union as stored (JSON text).</summary>
    public string IdentityProviderJson { get; init; } = "{}";

    public required string Status { get; set; }

    public string? StatusMessage { get; set; }

    public DateTimeOffset DueAt { get; set; }

    /// <summary>Set when a fault says the record must end in a failure status.</summary>
    public string? PlannedFailureStatus { get; init; }

    public string? PlannedFailureMessage { get; init; }

    /// <summary>Made by the control API as a test fixture, not through the AWS API: inventories of what a stack
    /// left behind leave it out.</summary>
    public bool Seeded { get; init; }

    [JsonIgnore]
    string? IStatusRecord.Message { get => StatusMessage; set => StatusMessage = value; }
}
