using System.Text.Json;

namespace AwsIdentity.Core.Values;

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
        catch (Exception e) when (e is JsonException or ArgumentException or InvalidOperationException)
        {
            // Not JSON we can read (malformed, or invalid UTF-16 such as a lone surrogate): treat as a plain string.
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
        // A repeated key: the last one wins, as in most JSON readers.
        JsonValueKind.Object => ObjectValue.Empty with
        {
            Fields = e.EnumerateObject().Aggregate(ObjectValue.Empty.Fields, (fields, p) => fields.SetItem(p.Name, Convert(p.Value))),
        },
        _ => PropertyValue.Null,
    };
}
