using System.Text.Json.Nodes;

namespace AwsIdentity.Emulator.Wire;

/// <summary>
/// A signed, routed and validated AWS request: URI labels, query members and the JSON body merged into
/// one object keyed by the model's member names.
/// </summary>
public sealed record ApiRequest(WireOperation Operation, string Region, JsonObject Input)
{
    public string Service => Operation.Service;

    public string? Str(string member) => Input[member] is JsonValue v && v.TryGetValue(out string? s) ? s : null;

    public int? Int(string member) => Input[member] is JsonValue v && v.TryGetValue(out long n)
        ? (int)Math.Clamp(n, int.MinValue, int.MaxValue)
        : null;

    public JsonObject? Obj(string member) => Input[member] as JsonObject;

    public IReadOnlyList<string> StrList(string member) =>
        Input[member] is JsonArray a ? a.Select(n => (string)n!).ToList() : [];

    public Dictionary<string, string> Map(string member) =>
        Input[member] is JsonObject o ? o.ToDictionary(p => p.Key, p => (string)p.Value!) : [];
}
