using System.Text.Json.Serialization;

namespace AwsIdentity.Emulator.State;

/// <summary>Source-generated serialization of the state (file and dump).</summary>
[JsonSourceGenerationOptions(
    WriteIndented = true,
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(StateData))]
public sealed partial class StateJsonContext : JsonSerializerContext;
