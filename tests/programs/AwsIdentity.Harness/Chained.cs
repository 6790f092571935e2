using System.Text.Json.Nodes;

namespace AwsIdentity.Harness;

/// <summary>
/// A resource of a program whose inputs use earlier resources' outputs, as a Pulumi program passes an Output to
/// another resource: <see cref="Inputs"/> gets the outputs of a resource declared before it by name, and
/// <see cref="DependsOn"/> names, per input property, the resources its value comes from (the state's
/// propertyDependencies, which the engine's dependency graph is built from).
/// </summary>
public sealed record Chained(string Type, string Name, Func<Func<string, JsonObject>, JsonObject> Inputs,
    IReadOnlyDictionary<string, string[]> DependsOn, double TimeoutSeconds = 0)
{
    /// <summary>A resource that uses no other resource's outputs.</summary>
    public static Chained Root(Declared d) => new(d.Type, d.Name, _ => d.Inputs.DeepClone().AsObject(), new Dictionary<string, string[]>(), d.TimeoutSeconds);
}
