using System.Text.Json;

namespace AwsIdentity.Provider.Values;

/// <summary>JSON text → <see cref="PropertyValue"/>, for config values the engine passes JSON-encoded.</summary>
public static class JsonValues
{
    public static bool TryParse(string text, out PropertyValue value)
    {
        value = PropertyValue.Null;
        try
        {
            using var doc = JsonDocument.Parse(text, new JsonDocumentOptions { MaxDepth = 64 });
            value = Convert(doc.RootElement);
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private static PropertyValue Convert(JsonElement e) => e.ValueKind switch
    {
        JsonValueKind.String => e.GetString() is { } s && Sentinels.Unknowns.Contains(s) ? PropertyValue.Unknown : PropertyValue.Of(e.GetString()!),
        JsonValueKind.Number => PropertyValue.Of(e.GetDouble()),
        JsonValueKind.True => PropertyValue.Of(true),
        JsonValueKind.False => PropertyValue.Of(false),
        JsonValueKind.Array => new ArrayValue([.. e.EnumerateArray().Select(Convert)]),
        JsonValueKind.Object => ObjectValue.From(e.EnumerateObject().Select(p => KeyValuePair.Create(p.Name, Convert(p.Value)))),
        _ => PropertyValue.Null,
    };
}
