namespace AwsIdentity.Emulator.State;

/// <summary>An identity provider registered with License Manager User Subscriptions for one product.</summary>
public sealed record IdentityProviderRecord
{
    public required string Arn { get; init; }

    public required string DirectoryId { get; init; }

    public required string Product { get; init; }

    /// <summary>The <c>IdentityProvider</c> union as registered (JSON text).</summary>
    public required string IdentityProviderJson { get; init; }

    /// <summary>The <c>Settings</c> structure (JSON text), if any.</summary>
    public string? SettingsJson { get; init; }

    public required string Status { get; set; }
}
