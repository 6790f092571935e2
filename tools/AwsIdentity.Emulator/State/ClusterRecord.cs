namespace AwsIdentity.Emulator.State;

/// <summary>An EKS cluster (only the fields the identity-provider workflows need).</summary>
public sealed record ClusterRecord
{
    public required string Name { get; init; }

    public required string Arn { get; init; }

    public required string Status { get; set; }

    public required DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset DueAt { get; set; }

    public required string Version { get; init; }

    public required string Endpoint { get; init; }

    public required string RoleArn { get; init; }

    public List<string> SubnetIds { get; init; } = [];

    public List<string> SecurityGroupIds { get; init; } = [];

    public string? ClientRequestToken { get; init; }
}
