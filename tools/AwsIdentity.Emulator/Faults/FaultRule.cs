namespace AwsIdentity.Emulator.Faults;

/// <summary>Random fault rates (0..1) for one operation, or for all ("*"), plus added latency.</summary>
public sealed record FaultRule
{
    public double Throttle { get; init; }

    public double ServerError { get; init; }

    public double Reset { get; init; }

    /// <summary>EKS 409 ResourceInUseException on Associate/DisassociateIdentityProviderConfig.</summary>
    public double Busy { get; init; }

    public int LatencyMs { get; init; }
}

/// <summary>A fixed number of upcoming errors for one operation (or "*").</summary>
public sealed record NextFault(string Operation, string ErrorCode, int? HttpStatus, string? Message)
{
    public int Remaining { get; set; }
}

/// <summary>What the injector decided for one request.</summary>
public sealed record FaultDecision(string Kind, string? ErrorCode = null, int? HttpStatus = null, string? Message = null)
{
    public static readonly FaultDecision None = new("none");
}
