namespace AwsIdentity.Emulator.State;

/// <summary>An OIDC identity provider config associated with a cluster.</summary>
public sealed record IdpConfigRecord
{
    public required string ClusterName { get; init; }

    public required string Name { get; init; }

    public required string Arn { get; init; }

    public required string Status { get; set; }

    public required string IssuerUrl { get; set; }

    public required string ClientId { get; set; }

    public string? UsernameClaim { get; set; }

    public string? UsernamePrefix { get; set; }

    public string? GroupsClaim { get; set; }

    public string? GroupsPrefix { get; set; }

    public Dictionary<string, string>? RequiredClaims { get; set; }
}
