namespace AwsIdentity.Emulator.State;

/// <summary>
/// An LMUS record that settles asynchronously (association, registration, subscription): Transitions.cs ends its
/// transitional status at <see cref="DueAt"/>, in the settled status or in the failure a fault armed.
/// </summary>
public interface IStatusRecord
{
    string Status { get; set; }

    DateTimeOffset DueAt { get; set; }

    /// <summary>The record's message member (StatusMessage, or FailureMessage for a registration).</summary>
    string? Message { get; set; }

    /// <summary>Set when a fault says the transition must end in a failure status.</summary>
    string? PlannedFailureStatus { get; }

    string? PlannedFailureMessage { get; }
}
