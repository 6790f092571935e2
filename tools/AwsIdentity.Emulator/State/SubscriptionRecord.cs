namespace AwsIdentity.Emulator.State;

/// <summary>A user's product subscription (<c>ProductUserSummary</c>); a stopped one stays listed, as in AWS.</summary>
public sealed record SubscriptionRecord : LmusUserRecord
{
    public required string Product { get; init; }

    public DateTimeOffset? StartDate { get; set; }

    public DateTimeOffset? EndDate { get; set; }
}
