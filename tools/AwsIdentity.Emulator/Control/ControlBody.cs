using System.Text.Json;
using System.Text.Json.Nodes;

namespace AwsIdentity.Emulator.Control;

/// <summary>Typed reads from a control API JSON body, failing with 400 and the member at fault.</summary>
public sealed class ControlBody(JsonObject json)
{
    public JsonObject Json { get; } = json;

    public static ControlBody Parse(byte[] body)
    {
        if (body.Length == 0)
        {
            return new ControlBody([]);
        }

        try
        {
            return new ControlBody(JsonNode.Parse(body) as JsonObject ?? throw new ControlException(400, "The body must be a JSON object."));
        }
        catch (Exception e) when (e is JsonException or ArgumentException)
        {
            throw new ControlException(400, "The body is not valid JSON.");
        }
    }

    public string? Str(string name) => Read(name, n => n.GetValue<string>());

    public string Required(string name) => Str(name) is { Length: > 0 } s ? s : throw new ControlException(400, $"'{name}' is required.");

    public double? Number(string name) => Read<double?>(name, n => n.GetValue<double>());

    public bool? Bool(string name) => Read<bool?>(name, n => n.GetValue<bool>());

    public Dictionary<string, string>? Map(string name) =>
        Read(name, n => n.AsObject().ToDictionary(kv => kv.Key, kv => kv.Value!.GetValue<string>()));

    public List<string>? StrList(string name) =>
        Read(name, n => n.AsArray().Select(item => item!.GetValue<string>()).ToList());

    private T? Read<T>(string name, Func<JsonNode, T> read)
    {
        if (Json[name] is not { } node)
        {
            return default;
        }

        try
        {
            return read(node);
        }
        catch (Exception e) when (e is InvalidOperationException or FormatException or NullReferenceException)
        {
            throw new ControlException(400, $"'{name}' has the wrong type.");
        }
    }
}
