using AwsIdentity.Core.Resources;
using AwsIdentity.Core.Values;

namespace AwsIdentity.Provider.Terraform.Resources;

/// <summary>What an apply, read or import leaves: the new object (null: none) and the private state to store.</summary>
public sealed record TfOutcome(ObjectValue? State, string? Private, IReadOnlyList<TfDiagnostic> Diagnostics);

public sealed partial class TerraformResource
{
    /// <summary>
    /// ApplyResourceChange. A failure keeps the prior object (update, delete) or none (create); a create that failed
    /// after AWS accepted the object returns that object with the error, which terraform saves as tainted.
    /// </summary>
    public async Task<TfOutcome> ApplyAsync(ObjectValue? prior, ObjectValue? planned, string? plannedPrivate, CancellationToken ct)
    {
        try
        {
            if (planned is null)
            {
                await handler.DeleteAsync(new DeleteRequest(TfState.Text(prior!, TfState.Id) ?? "", null, _state.Outputs(prior!),
                    TfState.Timeout(prior, "delete")) { Region = TfState.Text(prior!, TfState.Region) }, ct).ConfigureAwait(false);
                return new(null, null, []);
            }
            var inputs = _state.PlannedInputs(planned);
            if (prior is null)
            {
                var created = await handler.CreateAsync(new CreateRequest(null, inputs, TfState.Timeout(planned, "create"))
                {
                    Region = TfState.Text(planned, TfState.Region),
                    ImportCommand = TerraformWording.ImportCommand,
                    Private = plannedPrivate,
                }, ct).ConfigureAwait(false);
                return new(Settled(created.Outputs, created.Id, planned), created.Private ?? plannedPrivate, []);
            }
            var id = TfState.Text(prior, TfState.Id) ?? "";
            var outputs = await handler.UpdateAsync(new UpdateRequest(id, null, _state.Outputs(prior), _state.Inputs(prior), inputs,
                TfState.Timeout(planned, "update")) { Region = TfState.Text(prior, TfState.Region) }, ct).ConfigureAwait(false);
            return new(Settled(outputs, id, planned), plannedPrivate, []);
        }
        catch (ResourceInitFailedException e)
        {
            return new(Settled(e.Outputs, e.Id, planned!), plannedPrivate, [TfDiagnostic.Error("The object was created but not finished",
                string.Join("; ", e.Reasons) + ": it is saved as tainted; the next apply replaces it, or `terraform destroy` removes it")]);
        }
        catch (Exception e) when (e is not OperationCanceledException || ct.IsCancellationRequested)
        {
            return new(prior, plannedPrivate, [TfDiagnostic.Error(Summary(planned, prior), TerraformWording.Detail(e.Message, TypeName))]);
        }
    }

    /// <summary>ReadResource: the object as AWS has it, or null when it is gone.</summary>
    public async Task<TfOutcome> ReadAsync(ObjectValue current, string? privateState, CancellationToken ct)
    {
        var id = TfState.Text(current, TfState.Id) ?? "";
        try
        {
            var read = await handler.ReadAsync(new ReadRequest(id, null, _state.Outputs(current), _state.Inputs(current))
                { Region = TfState.Text(current, TfState.Region) }, ct).ConfigureAwait(false);
            return read.Id is null
                ? new(null, privateState, [])
                : new(_state.Of(InConfigForm(read), PropertyValue.Of(read.Id), current[TfState.Region], current[TfState.Timeouts]), privateState, []);
        }
        catch (Exception e) when (e is not OperationCanceledException || ct.IsCancellationRequested)
        {
            return new(current, privateState, [TfDiagnostic.Error($"Cannot read {TypeName} \"{id}\"", e.Message)]);
        }
    }

    /// <summary>ImportResourceState: the object of an id, read in full (terraform reads it again next).</summary>
    public async Task<TfOutcome> ImportAsync(string id, CancellationToken ct)
    {
        try
        {
            var read = await handler.ReadAsync(ReadRequest.Import(id, null), ct).ConfigureAwait(false);
            if (read.Id is null)
                return new(null, null, [TfDiagnostic.Error("Cannot import non-existent remote object",
                    $"no {TypeName} with id \"{id}\" exists in AWS (expected {model.Id.Expected})")]);
            var region = providerRegion() is { } r ? PropertyValue.Of(r) : PropertyValue.Null;
            return new(_state.Of(InConfigForm(read), PropertyValue.Of(read.Id), region, null), null, []);
        }
        catch (Exception e) when (e is not OperationCanceledException || ct.IsCancellationRequested)
        {
            return new(null, null, [TfDiagnostic.Error($"Cannot import {TypeName} \"{id}\"", e.Message)]);
        }
    }

    /// <summary>
    /// A read's outputs with its inputs in place of the input attributes. Terraform keeps one object where Pulumi keeps
    /// inputs and outputs apart: where AWS answers a value in its own form that means the same (a name in lower case,
    /// EKS's default claim, a domain AWS filled in), the state must hold the configuration's form, or the next plan
    /// would differ from the configuration (a replacement, or an invalid plan for a non-computed attribute).
    /// </summary>
    private ObjectValue InConfigForm(ReadResult read) => model.Inputs.Properties.Aggregate(read.Outputs!,
        (outputs, p) => read.Inputs?[p.Name] is { } input ? outputs.With(p.Name, input) : outputs.Without(p.Name));

    private ObjectValue Settled(ObjectValue outputs, string id, ObjectValue planned) =>
        _state.Of(outputs, PropertyValue.Of(id), planned[TfState.Region], planned[TfState.Timeouts]);

    private string Summary(ObjectValue? planned, ObjectValue? prior) =>
        planned is null ? $"Cannot delete {TypeName}" : prior is null ? $"Cannot create {TypeName}" : $"Cannot update {TypeName}";
}
