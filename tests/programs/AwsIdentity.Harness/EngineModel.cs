using System.Text.Json.Nodes;
using Google.Protobuf.WellKnownTypes;
using Pulumirpc;

namespace AwsIdentity.Harness;

/// <summary>A resource the program declares: what `pulumi up` would register.</summary>
public sealed record Declared(string Type, string Name, JsonObject Inputs, double TimeoutSeconds = 0);

/// <summary>One resource in the recorded state, as the engine keeps it (with init errors after a partial failure).</summary>
public sealed class StateEntry
{
    public required string Urn { get; init; }
    public required string Type { get; init; }
    public required string Name { get; init; }
    public required string Id { get; set; }
    public required Struct Inputs { get; set; }
    public required Struct Outputs { get; set; }
    public List<string> InitErrors { get; } = [];
}

public enum StepKind { Same, Create, Update, Replace, Delete, Refresh, Import }

/// <summary>What a step did or (in preview) would do.</summary>
public sealed record StepEvent(StepKind Kind, string Urn, string Type, string Name, bool Preview)
{
    public IReadOnlyDictionary<string, PropertyDiff.Types.Kind> Detailed { get; init; } = new Dictionary<string, PropertyDiff.Types.Kind>();
    public bool DeleteBeforeReplace { get; init; }
    public TimeSpan Elapsed { get; init; }
    public string? Error { get; init; }
    public bool Partial { get; init; }
    public Struct? Outputs { get; init; }
}

/// <summary>A step failed; <see cref="Events"/> holds every step of the run, failed ones with their error.</summary>
public sealed class EngineRunException(string message, IReadOnlyList<StepEvent> events) : Exception(message)
{
    public IReadOnlyList<StepEvent> Events { get; } = events;
}
