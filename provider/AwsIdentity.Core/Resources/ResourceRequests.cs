using AwsIdentity.Core.Model;
using AwsIdentity.Core.Values;

namespace AwsIdentity.Core.Resources;

// The value-level requests and results of the resource contract (IResourceHandler.cs). Front ends map their
// protocol to these: values are decoded, the user's ignore rules applied, and secrets stay marked inside values.
// The resource key names the resource in the front end (Pulumi: its URN); Terraform gives none, so it is optional.

public sealed record CheckRequest(ObjectValue Olds, ObjectValue News);

public sealed record CheckResult(ObjectValue Inputs, IReadOnlyList<ValidationFailure> Failures);

/// <summary>The stored state of a resource against new inputs (already with the user's ignore rules applied).</summary>
public sealed record PlanRequest(string Id, ObjectValue OldOutputs, ObjectValue OldInputs, ObjectValue News);

/// <summary>What a create will produce, before it runs: outputs with unknowns where AWS decides, and the private
/// state the create needs (an opaque text the front end stores with the plan and hands back to CreateAsync).</summary>
public sealed record PlannedCreate(ObjectValue Outputs, string? Private);

public sealed record CreateRequest(string? ResourceKey, ObjectValue Inputs, TimeSpan? Timeout)
{
    /// <summary>
    /// The marker this create leaves on its object (Ownership.cs), supplied by the front end: the same for every
    /// attempt of one resource (across crashes and runs), different between resources, and not derived from the
    /// inputs alone. Null: nothing is marked and nothing existing is adopted.
    /// </summary>
    public string? Owner { get; init; }

    /// <summary>The front end's command that imports an existing object into this resource, less the id.</summary>
    public string? ImportCommand { get; init; }

    /// <summary>The private state of <see cref="PlannedCreate"/>, when the front end keeps one.</summary>
    public string? Private { get; init; }

    /// <summary>The AWS region to make the object in; null: the provider's.</summary>
    public string? Region { get; init; }
}

/// <summary>A made object: its id, outputs and the private state to keep with it.</summary>
public sealed record CreateResult(string Id, ObjectValue Outputs)
{
    public string? Private { get; init; }
}

/// <summary>Refresh carries id, outputs and inputs; import carries only the id (<see cref="Import"/>).</summary>
public sealed record ReadRequest(string Id, string? ResourceKey, ObjectValue? Outputs, ObjectValue? Inputs)
{
    public bool IsImport { get; init; }

    /// <summary>The AWS region the object lives in; null: the provider's.</summary>
    public string? Region { get; init; }

    public static ReadRequest Import(string id, string? resourceKey) => new(id, resourceKey, null, null) { IsImport = true };
}

/// <summary>A null id means the resource no longer exists.</summary>
public sealed record ReadResult(string? Id, ObjectValue? Outputs, ObjectValue? Inputs)
{
    public static readonly ReadResult Gone = new(null, null, null);
}

public sealed record UpdateRequest(string Id, string? ResourceKey, ObjectValue OldOutputs, ObjectValue OldInputs, ObjectValue News,
    TimeSpan? Timeout)
{
    /// <summary>The same marker as <see cref="CreateRequest.Owner"/>: an update that finishes an interrupted create by
    /// making the object again marks it as the create would.</summary>
    public string? Owner { get; init; }

    /// <summary>The AWS region the object lives in; null: the provider's.</summary>
    public string? Region { get; init; }
}

public sealed record DeleteRequest(string Id, string? ResourceKey, ObjectValue Outputs, TimeSpan? Timeout)
{
    /// <summary>The AWS region the object lives in; null: the provider's.</summary>
    public string? Region { get; init; }
}
