using AwsIdentity.Core.Model;
using AwsIdentity.Core.Values;

namespace AwsIdentity.Core.Resources;

/// <summary>
/// One resource type as every front end drives it (requests in ResourceRequests.cs). Plans never call AWS and need no
/// configuration; the live operations do. Knows no protocol: the core project references none (CoreReferenceTests).
/// </summary>
public interface IResourceHandler
{
    string Token { get; }

    /// <summary>Inputs shape (schema inputs, Check, plans).</summary>
    IRecordShape Inputs { get; }

    /// <summary>Outputs shape (schema outputs).</summary>
    IRecordShape Outputs { get; }

    /// <summary>What schemas and documents say of this resource: description, timeouts, id form, notes.</summary>
    ResourceModel Model { get; }

    CheckResult Check(CheckRequest request);

    /// <summary>What changes between stored state and new inputs, and whether that replaces the object.</summary>
    ChangePlan PlanChange(PlanRequest request);

    /// <summary>The outputs a create will produce: the inputs, tagsAll where known, every computed output unknown.</summary>
    PlannedCreate PlanCreate(ObjectValue inputs);

    /// <summary>The outputs an update will produce (computed outputs unknown only when they will change).</summary>
    ObjectValue PlanUpdate(UpdateRequest request);

    Task<CreateResult> CreateAsync(CreateRequest request, CancellationToken cancellationToken);

    Task<ReadResult> ReadAsync(ReadRequest request, CancellationToken cancellationToken);

    Task<ObjectValue> UpdateAsync(UpdateRequest request, CancellationToken cancellationToken);

    Task DeleteAsync(DeleteRequest request, CancellationToken cancellationToken);
}
