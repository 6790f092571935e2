using AwsIdentity.Core.Config;
using AwsIdentity.Core.Model;
using AwsIdentity.Core.Values;

namespace AwsIdentity.Core.Resources;

/// <summary>
/// What both resources share: Check validates against the inputs shape without calling AWS, Diff compares
/// per path (tagsAll against the provider's defaultTags), preview returns inputs plus unknown outputs.
/// </summary>
public abstract class ResourceHandler<TArgs, TState>(ProviderContext provider) : IResourceHandler
    where TArgs : class, new() where TState : class, new()
{
    protected ProviderContext Provider { get; } = provider;

    public abstract string Token { get; }
    protected abstract RecordShape<TArgs> ArgsShape { get; }
    protected abstract RecordShape<TState> StateShape { get; }
    public IRecordShape Inputs => ArgsShape;
    public IRecordShape Outputs => StateShape;
    public abstract ResourceModel Model { get; }

    /// <summary>Whether a replacement must delete the old object first (set per resource and change).</summary>
    protected abstract bool DeleteBeforeReplace(ObjectValue olds, ObjectValue news);

    /// <summary>Which differently written inputs mean the same to AWS, for Diff and Read.</summary>
    protected virtual SameForAws SameForAws => SameForAws.Exact;

    /// <summary>The same for what AWS answers to Read: it may also fill in values a program may not (re)write freely.</summary>
    protected virtual SameForAws SameInAwsAnswer => SameForAws;

    public virtual CheckResult Check(CheckRequest request)
    {
        var failures = new List<ValidationFailure>();
        ArgsShape.Check(request.News, PropertyPath.Root, failures);
        var tags = PropertyPath.Of("tags");
        if (failures.All(f => !f.Path.Equals(tags)) && Tags.MergeOverLimit(Provider.DefaultTags, request.News["tags"]) is { } reason)
            failures.Add(new ValidationFailure(tags, reason));
        return new CheckResult(request.News, failures);
    }

    public virtual DiffResult Diff(DiffRequest request)
    {
        var olds = request.OldInputs.Fields.Count > 0 ? request.OldInputs : InputsOf(request.OldOutputs);
        // A new value that means the same to AWS as the old one is no change (SameForAws.cs).
        var news = SameForAws.Keep(ArgsShape, olds, Differ.ApplyIgnoreChanges(olds, request.News, request.IgnoreChanges));
        var tagsAll = Tags.MergeValue(Provider.DefaultTags, news["tags"]);
        return Differ.Diff(ArgsShape, olds, news, [], DeleteBeforeReplace(olds, news),
            [("tagsAll", request.OldOutputs["tagsAll"], tagsAll)]);
    }

    /// <summary>
    /// The inputs Read returns: what AWS reports, in the program's form wherever the two mean the same to AWS
    /// (<paramref name="previous"/> is null on import, where AWS's form is all there is), secrets kept secret.
    /// </summary>
    protected ObjectValue InputsFromRead(ObjectValue live, ObjectValue? previous) =>
        previous is null || previous.Fields.Count == 0
            ? live
            : SameInAwsAnswer.Keep(ArgsShape, (ObjectValue)previous.Reveal(), live).CarrySecrets(previous);

    /// <summary>The input properties of a set of outputs.</summary>
    protected ObjectValue InputsOf(ObjectValue outputs) =>
        ObjectValue.From(outputs.Fields.Where(kv => ArgsShape.Find(kv.Key) is not null));

    /// <summary>Outputs of a state, with every value that was secret in the inputs kept secret.</summary>
    protected ObjectValue WriteOutputs(TState state, ObjectValue inputs)
    {
        var outputs = StateShape.WriteObject(state).CarrySecrets(inputs);
        // tagsAll repeats the tags' values: it is secret when any of them is.
        return inputs["tags"] is { ContainsSecrets: true } && outputs["tagsAll"] is { } all
            ? outputs.With("tagsAll", PropertyValue.Secret(all))
            : outputs;
    }

    /// <summary>
    /// The answer when an operation failed after AWS accepted the object: the engine keeps it in state with what is
    /// known (pulumirpc.ErrorResourceInitFailed), so a later up finishes it or a destroy removes it.
    /// </summary>
    protected ResourceInitFailedException Started(string id, TState state, ObjectValue inputs, string action, string what, Exception e) =>
        new(id, WriteOutputs(state, inputs), inputs,
            [$"{action}: {(e is OperationCanceledException ? "cancelled while waiting" : e.Message)}; the {what} was started, so it stays " +
             "in the stack: run `pulumi up` to finish or `pulumi destroy` to remove it"], e);

    /// <summary>Preview: the inputs as they are, tagsAll where known, every other output unknown.</summary>
    protected ObjectValue PreviewOutputs(ObjectValue inputs)
    {
        var outputs = inputs;
        foreach (var prop in StateShape.Properties)
            if (outputs[prop.Name] is null && ArgsShape.Find(prop.Name) is null)
                outputs = outputs.With(prop.Name, PropertyValue.Unknown);
        return outputs.With("tagsAll", Tags.MergeValue(Provider.DefaultTags, inputs["tags"]));
    }

    public Task<CreateResult> CreateAsync(CreateRequest request, CancellationToken cancellationToken) =>
        // Preview never touches AWS and needs no configuration (the engine may not have configured us).
        request.Preview
            ? Task.FromResult(new CreateResult("", PreviewOutputs(request.Inputs)))
            : CreateLiveAsync(request, cancellationToken);

    public Task<ObjectValue> UpdateAsync(UpdateRequest request, CancellationToken cancellationToken) =>
        request.Preview ? Task.FromResult(PreviewUpdateOutputs(request)) : UpdateLiveAsync(request, cancellationToken);

    /// <summary>
    /// Preview outputs are the planned state (pulumi/pulumi pkg/resource/deploy/step.go UpdateStep). A settled
    /// resource keeps its computed outputs (an update changes tags only); one whose create was interrupted is
    /// finished by this update, so its computed outputs are unknown, as in a create's preview.
    /// </summary>
    private ObjectValue PreviewUpdateOutputs(UpdateRequest request) => IsSettled(request.OldOutputs)
        ? request.OldOutputs.Fields
            .Where(kv => ArgsShape.Find(kv.Key) is null)
            .Aggregate(request.News, (o, kv) => o.Fields.ContainsKey(kv.Key) ? o : o.With(kv.Key, kv.Value))
            .With("tagsAll", Tags.MergeValue(Provider.DefaultTags, request.News["tags"]))
        : PreviewOutputs(request.News);

    /// <summary>Whether stored outputs are those of a finished create (<see cref="ISettledState"/>).</summary>
    private bool IsSettled(ObjectValue outputs) => StateShape.Read(outputs, PropertyPath.Root, []) switch
    {
        ISettledState state => state.IsSettled,
        null => false,
        _ => true,
    };

    protected abstract Task<CreateResult> CreateLiveAsync(CreateRequest request, CancellationToken cancellationToken);

    protected abstract Task<ObjectValue> UpdateLiveAsync(UpdateRequest request, CancellationToken cancellationToken);

    public abstract Task<ReadResult> ReadAsync(ReadRequest request, CancellationToken cancellationToken);

    public abstract Task DeleteAsync(DeleteRequest request, CancellationToken cancellationToken);
}
