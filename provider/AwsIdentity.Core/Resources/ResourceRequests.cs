using AwsIdentity.Core.Model;
using AwsIdentity.Core.Values;

namespace AwsIdentity.Core.Resources;

// Protocol-free requests and results of the resource lifecycle (the host maps pulumirpc messages to these).

public sealed record CheckRequest(string Urn, ObjectValue Olds, ObjectValue News);

public sealed record CheckResult(ObjectValue Inputs, IReadOnlyList<ValidationFailure> Failures);

public sealed record DiffRequest(string Id, string Urn, ObjectValue OldOutputs, ObjectValue OldInputs, ObjectValue News,
    IReadOnlyList<string> IgnoreChanges);

public enum DiffKind { Add, AddReplace, Delete, DeleteReplace, Update, UpdateReplace }

public sealed record DiffResult(
    bool HasChanges,
    IReadOnlyList<string> Replaces,
    IReadOnlyList<string> ChangedKeys,
    IReadOnlyDictionary<string, (DiffKind Kind, bool InputDiff)> Detailed,
    bool DeleteBeforeReplace);

public sealed record CreateRequest(string Urn, string Name, ObjectValue Inputs, TimeSpan? Timeout, bool Preview)
{
    /// <summary>
    /// The marker this create leaves on its object (Ownership.cs), supplied by the front end: the same for every
    /// attempt of one resource (across crashes and runs), different between resources, and not derived from the
    /// inputs alone. Null: nothing is marked and nothing existing is adopted.
    /// </summary>
    public string? Owner { get; init; }

    /// <summary>The front end's command that imports an existing object into this resource, less the id.</summary>
    public string? ImportCommand { get; init; }
}

public sealed record CreateResult(string Id, ObjectValue Outputs);

/// <summary>Refresh carries id, outputs and inputs; import carries only the id.</summary>
public sealed record ReadRequest(string Id, string Urn, ObjectValue? Outputs, ObjectValue? Inputs)
{
    public bool IsImport => Outputs is null && Inputs is null;
}

/// <summary>A null id means the resource no longer exists.</summary>
public sealed record ReadResult(string? Id, ObjectValue? Outputs, ObjectValue? Inputs)
{
    public static readonly ReadResult Gone = new(null, null, null);
}

public sealed record UpdateRequest(string Id, string Urn, ObjectValue OldOutputs, ObjectValue OldInputs, ObjectValue News,
    TimeSpan? Timeout, bool Preview, IReadOnlyList<string> IgnoreChanges)
{
    /// <summary>The same marker as <see cref="CreateRequest.Owner"/>: an update that finishes an interrupted create by
    /// making the object again marks it as the create would.</summary>
    public string? Owner { get; init; }
}

public sealed record DeleteRequest(string Id, string Urn, ObjectValue Outputs, ObjectValue OldInputs, TimeSpan? Timeout);

/// <summary>
/// The operation made or changed an AWS object and then failed (timeout, failed update, cancel). The engine
/// keeps the object in state with these outputs (pulumirpc.ErrorResourceInitFailed), so nothing is orphaned.
/// </summary>
public sealed class ResourceInitFailedException(string id, ObjectValue outputs, ObjectValue inputs, IReadOnlyList<string> reasons, Exception? inner = null)
    : Exception(string.Join("; ", reasons), inner)
{
    public string Id { get; } = id;
    public ObjectValue Outputs { get; } = outputs;
    public ObjectValue Inputs { get; } = inputs;
    public IReadOnlyList<string> Reasons { get; } = reasons;
}
