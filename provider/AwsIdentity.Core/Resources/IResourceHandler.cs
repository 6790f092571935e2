using AwsIdentity.Core.Model;

namespace AwsIdentity.Core.Resources;

/// <summary>One resource type: its shapes and its lifecycle. Knows no protobuf.</summary>
public interface IResourceHandler
{
    string Token { get; }

    /// <summary>Inputs shape (schema inputProperties, Check, Diff).</summary>
    IRecordShape Inputs { get; }

    /// <summary>Outputs shape (schema properties).</summary>
    IRecordShape Outputs { get; }

    /// <summary>What schemas and documents say of this resource: description, timeouts, id form, notes.</summary>
    ResourceModel Model { get; }

    CheckResult Check(CheckRequest request);

    DiffResult Diff(DiffRequest request);

    Task<CreateResult> CreateAsync(CreateRequest request, CancellationToken cancellationToken);

    Task<ReadResult> ReadAsync(ReadRequest request, CancellationToken cancellationToken);

    Task<Values.ObjectValue> UpdateAsync(UpdateRequest request, CancellationToken cancellationToken);

    Task DeleteAsync(DeleteRequest request, CancellationToken cancellationToken);
}
