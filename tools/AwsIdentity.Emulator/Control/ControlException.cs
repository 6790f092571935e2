namespace AwsIdentity.Emulator.Control;

/// <summary>A control API failure: HTTP status and message.</summary>
public sealed class ControlException(int status, string message) : Exception(message)
{
    public int Status { get; } = status;
}
