namespace AwsIdentity.Emulator.Wire;

/// <summary>One operation's HTTP binding from the wire model.</summary>
public sealed record WireOperation(string Service, string Name, string Method, string Uri, int SuccessCode, string InputShape)
{
    public IReadOnlyList<string> Segments { get; } = Uri.Trim('/').Split('/');
}
