namespace AwsIdentity.Harness;

public sealed partial class MiniEngine
{
    /// <summary>
    /// Takes over recorded state, as the next `pulumi up` or `pulumi destroy` does with the stack file: used when
    /// a run ended (Cancel makes a provider process unusable) and a fresh provider process carries on.
    /// </summary>
    public void Adopt(IEnumerable<StateEntry> entries)
    {
        foreach (var entry in entries) _state[entry.Urn] = entry;
    }
}
