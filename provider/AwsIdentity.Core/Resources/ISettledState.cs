namespace AwsIdentity.Core.Resources;

/// <summary>
/// A resource state that can tell a finished create from an interrupted one. The engine keeps an interrupted
/// create in the state with init errors and sends it an Update on the next up (pulumi/pulumi
/// pkg/resource/deploy/step_generator.go); that Update finishes the create, so it may change every computed output.
/// </summary>
public interface ISettledState
{
    /// <summary>The object reached the state a finished create leaves it in.</summary>
    bool IsSettled { get; }
}
