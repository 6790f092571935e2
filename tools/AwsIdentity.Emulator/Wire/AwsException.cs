namespace AwsIdentity.Emulator.Wire;

/// <summary>An AWS error as it goes on the wire: error type (X-Amzn-ErrorType), HTTP status and message.</summary>
public sealed class AwsException(string code, int status, string message) : Exception(message)
{
    public string Code { get; } = code;

    public int Status { get; } = status;
}
