using AwsIdentity.Core.Resources;
using AwsIdentity.Core.Values;

namespace AwsIdentity.Provider.Host;

/// <summary>Pulumi's ignoreChanges resource option, applied before the core plans or updates.</summary>
public static class PulumiIgnoreChanges
{
    /// <summary>The new inputs with the ignored paths held at their old values: the old inputs, or, in a state written
    /// before inputs were kept, the input properties of the old outputs.</summary>
    public static ObjectValue Apply(IResourceHandler handler, ObjectValue oldOutputs, ObjectValue oldInputs, ObjectValue news,
        IReadOnlyList<string> ignoreChanges)
    {
        if (ignoreChanges.Count == 0) return news;
        var olds = oldInputs.Fields.Count > 0
            ? oldInputs
            : ObjectValue.From(oldOutputs.Fields.Where(kv => handler.Inputs.Properties.Any(p => p.Name == kv.Key)));
        return Differ.ApplyIgnoreChanges(olds, news, ignoreChanges);
    }
}
