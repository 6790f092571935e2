namespace AwsIdentity.Emulator.State;

/// <summary>
/// How the emulator stores (and so echoes back) what a create sent, where AWS may store it in another form than the
/// caller's. Off by default: values are kept as sent. Set with POST /_emulator/echo; cleared by reset.
/// </summary>
public sealed record EchoSettings
{
    /// <summary>AssociateUser keeps the user name and domain in lower case (AD names ignore case).</summary>
    public bool LowercaseNames { get; init; }

    /// <summary>AssociateUser without a Domain stores this one (the directory's domain AWS fills in).</summary>
    public string? DefaultDomain { get; init; }

    /// <summary>Documented defaults are filled in when not sent: IsSharedActiveDirectory false (LMUS), usernameClaim
    /// "sub" (EKS) (botocore service models, member documentation).</summary>
    public bool FillDefaults { get; init; }
}
