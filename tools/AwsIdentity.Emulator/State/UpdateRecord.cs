namespace AwsIdentity.Emulator.State;

/// <summary>One parameter of an EKS update (<c>UpdateParam</c>).</summary>
public sealed record UpdateParamRecord(string Type, string Value);

/// <summary>One error of a failed EKS update (<c>ErrorDetail</c>).</summary>
public sealed record UpdateErrorRecord(string ErrorCode, string ErrorMessage);

/// <summary>An EKS cluster update created by Associate/DisassociateIdentityProviderConfig.</summary>
public sealed record UpdateRecord
{
    public required string Id { get; init; }

    public required string ClusterName { get; init; }

    public required string Type { get; init; }

    public required string Status { get; set; }

    public required DateTimeOffset CreatedAt { get; init; }

    public required DateTimeOffset DueAt { get; init; }

    /// <summary>The identity provider config the update acts on.</summary>
    public required string ConfigName { get; init; }

    public List<UpdateParamRecord> Params { get; init; } = [];

    public List<UpdateErrorRecord> Errors { get; set; } = [];

    /// <summary>Set when a fault says the update must end Failed.</summary>
    public UpdateErrorRecord? PlannedFailure { get; init; }

    public string? ClientRequestToken { get; init; }

    /// <summary>The canonical request body, to tell an idempotent retry from a token reuse.</summary>
    public string? RequestFingerprint { get; init; }
}
