using AwsIdentity.Emulator.State;

namespace AwsIdentity.Emulator.Wire;

/// <summary>What a handler sees: the request, the settled state, the clock reading and the transition time.</summary>
public sealed record OperationContext(ApiRequest Request, StateData State, DateTimeOffset Now, TimeSpan Transition)
{
    public const string Account = "123456789012";

    public DateTimeOffset DueAt => Now + Transition;

    public string NewId() => Guid.NewGuid().ToString();
}
