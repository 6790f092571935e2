using System.Text.Json;

namespace AwsIdentity.Aws.Runtime;

/// <summary>Null-tolerant readers over a parsed JSON body (JsonDocument: no reflection, AOT-safe).</summary>
internal static class JsonRead
{
    private static readonly byte[] EmptyObject = "{}"u8.ToArray();

    /// <summary>Parses a body; an empty or whitespace body reads as {} (AWS sends that for empty outputs).</summary>
    public static JsonElement ParseOrEmpty(byte[] body)
    {
        var span = body.AsSpan().Trim(" \t\r\n"u8);
        using var doc = JsonDocument.Parse(span.IsEmpty ? EmptyObject : body);
        return doc.RootElement.Clone();
    }

    public static JsonElement? Member(JsonElement obj, string name) =>
        obj.ValueKind == JsonValueKind.Object
        && obj.TryGetProperty(name, out var value)
        && value.ValueKind != JsonValueKind.Null
            ? value
            : null;

    public static string? Str(JsonElement obj, string name) =>
        Member(obj, name) is { ValueKind: JsonValueKind.String } v ? v.GetString() : null;

    public static bool? Bool(JsonElement obj, string name) =>
        Member(obj, name) is { } v && v.ValueKind is JsonValueKind.True or JsonValueKind.False
            ? v.GetBoolean()
            : null;

    public static int? Int(JsonElement obj, string name) =>
        Member(obj, name) is { ValueKind: JsonValueKind.Number } v ? v.GetInt32() : null;

    /// <summary>rest-json timestamps default to epoch seconds with a fraction [Smithy timestampFormat].</summary>
    public static DateTime? EpochSeconds(JsonElement obj, string name) =>
        Member(obj, name) switch
        {
            { ValueKind: JsonValueKind.Number } v =>
                DateTime.UnixEpoch.AddTicks((long)Math.Round(v.GetDouble() * TimeSpan.TicksPerSecond)),
            { ValueKind: JsonValueKind.String } s when DateTime.TryParse(
                s.GetString(), System.Globalization.CultureInfo.InvariantCulture,
                System.Globalization.DateTimeStyles.AdjustToUniversal | System.Globalization.DateTimeStyles.AssumeUniversal,
                out var parsed) => parsed,
            _ => null,
        };

    public static T? Obj<T>(JsonElement obj, string name, Func<JsonElement, T> read)
        where T : class =>
        Member(obj, name) is { ValueKind: JsonValueKind.Object } v ? read(v) : null;

    public static List<T>? List<T>(JsonElement obj, string name, Func<JsonElement, T> read)
    {
        if (Member(obj, name) is not { ValueKind: JsonValueKind.Array } array)
        {
            return null;
        }

        var list = new List<T>(array.GetArrayLength());
        foreach (var item in array.EnumerateArray())
        {
            list.Add(read(item));
        }

        return list;
    }

    public static List<string>? StrList(JsonElement obj, string name) =>
        List(obj, name, e => e.GetString() ?? string.Empty);

    public static Dictionary<string, string>? StrMap(JsonElement obj, string name)
    {
        if (Member(obj, name) is not { ValueKind: JsonValueKind.Object } map)
        {
            return null;
        }

        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var property in map.EnumerateObject())
        {
            result[property.Name] = property.Value.GetString() ?? string.Empty;
        }

        return result;
    }
}
