namespace AwsIdentity.Tests.Support;

/// <summary>A Random whose NextDouble always answers the same value, so jitter is predictable.</summary>
internal sealed class FixedRandom(double value) : Random
{
    public override double NextDouble() => value;

    protected override double Sample() => value;
}
