using AwsIdentity.Core.Values;
using AwsIdentity.Core.Waiting;

namespace AwsIdentity.Core.Resources;

public enum LifecycleStep { Create, Read, Update, Delete }

/// <summary>What a create is told besides its arguments (CreateRequest in ResourceRequests.cs).</summary>
public sealed record CreateOptions(string? Owner, string? ImportCommand, string? Private);

/// <summary>An object Read found: its id, its inputs as AWS reports them, and its state.</summary>
public sealed record Found<TArgs, TState>(string Id, TArgs Args, TState State);

// The live operations: each decodes its values once, runs the resource's typed operation inside one
// OperationContext, and applies the one error rule (OperationFailure.cs) in Run.
public abstract partial class ResourceHandler<TArgs, TState>
{
    /// <summary>Which errors of the resource's service a retry may outlast (RetryRules.cs).</summary>
    protected abstract RetryRules Retry { get; }

    /// <summary>The id of the object these arguments make.</summary>
    protected abstract string IdOf(TArgs args);

    /// <summary>What a step does to the object <paramref name="id"/>, as a failure message starts ("creating …").</summary>
    protected abstract string Describe(LifecycleStep step, string id);

    protected abstract Task<TState> CreateLiveAsync(TArgs args, CreateOptions options, OperationContext context);

    /// <summary>The object as AWS has it, or null when it is gone. <paramref name="previous"/> is null on import.</summary>
    protected abstract Task<Found<TArgs, TState>?> ReadLiveAsync(string id, TArgs? previous, OperationContext context);

    /// <summary>Brings the object to <paramref name="args"/> (tags only: every other change replaces it), finishing first a
    /// create that was interrupted (<paramref name="old"/> not settled).</summary>
    protected abstract Task<TState> UpdateLiveAsync(string id, TArgs args, TState old, CreateOptions options, OperationContext context);

    /// <summary>Removes the object. <paramref name="args"/> and <paramref name="state"/> are what the stored state holds, null
    /// where it does not parse (a partial create may hold no ARN).</summary>
    protected abstract Task DeleteLiveAsync(string id, TArgs? args, TState? state, OperationContext context);

    public async Task<CreateResult> CreateAsync(CreateRequest request, CancellationToken cancellationToken)
    {
        var args = ArgsShape.Decode(request.Inputs);
        var id = IdOf(args);
        var context = Services.Start(request.ResourceKey, request.Timeout, Model.DefaultTimeouts.Create, Retry, cancellationToken, request.Region);
        var options = new CreateOptions(request.Owner, request.ImportCommand, request.Private);
        var state = await Run(LifecycleStep.Create, id, request.Inputs, () => CreateLiveAsync(args, options, context)).ConfigureAwait(false);
        return new CreateResult(id, WriteOutputs(state, request.Inputs)) { Private = request.Private };
    }

    public async Task<ReadResult> ReadAsync(ReadRequest request, CancellationToken cancellationToken)
    {
        var previous = request.Inputs is { } inputs ? ArgsShape.Read(inputs, PropertyPath.Root, []) : null;
        var context = Services.StartRead(request.ResourceKey, Retry, cancellationToken, request.Region);
        var found = await Run(LifecycleStep.Read, request.Id, null, () => ReadLiveAsync(request.Id, previous, context)).ConfigureAwait(false);
        if (found is null) return ReadResult.Gone;
        var newInputs = InputsFromRead(ArgsShape.WriteObject(found.Args), request.Inputs);
        return new ReadResult(found.Id, WriteOutputs(found.State, newInputs), newInputs);
    }

    public async Task<ObjectValue> UpdateAsync(UpdateRequest request, CancellationToken cancellationToken)
    {
        var args = ArgsShape.Decode(request.News);
        var old = StateShape.Read(request.OldOutputs, PropertyPath.Root, []) ?? new TState();
        var context = Services.Start(request.ResourceKey, request.Timeout, Model.DefaultTimeouts.Update, Retry, cancellationToken, request.Region);
        var options = new CreateOptions(request.Owner, null, null);
        var state = await Run(LifecycleStep.Update, request.Id, request.News,
            () => UpdateLiveAsync(request.Id, args, old, options, context)).ConfigureAwait(false);
        return WriteOutputs(state, request.News);
    }

    public Task DeleteAsync(DeleteRequest request, CancellationToken cancellationToken)
    {
        var args = ArgsShape.Read(InputsOf(request.Outputs), PropertyPath.Root, []);
        var state = StateShape.Read(request.Outputs, PropertyPath.Root, []);
        var context = Services.Start(request.ResourceKey, request.Timeout, Model.DefaultTimeouts.Delete, Retry, cancellationToken, request.Region);
        return Run(LifecycleStep.Delete, request.Id, null, async () =>
        {
            await DeleteLiveAsync(request.Id, args, state, context).ConfigureAwait(false);
            return true;
        });
    }

    /// <summary>Runs one step: a failure after AWS accepted the object keeps it (<see cref="StartedException"/>), any
    /// other failure gets the step's action in front (OperationFailure.cs).</summary>
    private async Task<T> Run<T>(LifecycleStep step, string id, ObjectValue? inputs, Func<Task<T>> body)
    {
        try
        {
            return await body().ConfigureAwait(false);
        }
        catch (StartedException started) when (inputs is not null)
        {
            var action = Describe(step, id);
            throw new ResourceInitFailedException(id, WriteOutputs((TState)started.State, inputs), inputs,
                [OperationFailure.StartedReason(action, started.What, started.InnerException!)], started.InnerException);
        }
        catch (Exception e) when (OperationFailure.IsWrapped(e))
        {
            throw new OperationFailedException(Describe(step, id), e);
        }
    }
}
