using AwsIdentity.Core.Values;

namespace AwsIdentity.Provider.Host;

/// <summary>The deprecated variables map of ConfigureRequest (pulumi/pulumi proto/pulumi/provider.proto).</summary>
public static class ConfigVariables
{
    /// <summary>Keys "awsidentity:config:region", values JSON text for non-strings (decoded later by the config checker).</summary>
    public static ObjectValue Decode(IReadOnlyDictionary<string, string> variables)
    {
        var fields = new List<KeyValuePair<string, PropertyValue>>();
        foreach (var (key, text) in variables)
        {
            var name = key[(key.LastIndexOf(':') + 1)..];
            fields.Add(KeyValuePair.Create(name, PropertyValue.Of(text)));
        }
        return ObjectValue.From(fields);
    }
}
