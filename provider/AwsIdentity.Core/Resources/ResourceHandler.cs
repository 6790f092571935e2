using AwsIdentity.Core.Config;
using AwsIdentity.Core.Model;
using AwsIdentity.Core.Values;

namespace AwsIdentity.Core.Resources;

/// <summary>
/// What every resource shares, on typed Args and State records: Check validates against the inputs shape, plans
/// compare per path and mark computed outputs unknown, and the live operations (ResourceHandler.Live.cs) decode
/// values into records once, call the resource's typed operation and write its state back with secrets kept.
/// </summary>
public abstract partial class ResourceHandler<TArgs, TState>(ProviderContext provider, ResourceServices services) : IResourceHandler
    where TArgs : class, new() where TState : class, new()
{
    protected ProviderContext Provider { get; } = provider;
    protected ResourceServices Services { get; } = services;

    public abstract string Token { get; }
    protected abstract RecordShape<TArgs> ArgsShape { get; }
    protected abstract RecordShape<TState> StateShape { get; }
    public IRecordShape Inputs => ArgsShape;
    public IRecordShape Outputs => StateShape;
    public abstract ResourceModel Model { get; }

    /// <summary>The tags capability, for a resource type that has tags.</summary>
    protected virtual TagCapability? Tagging => null;

    /// <summary>Whether a replacement must delete the old object first (set per resource and change).</summary>
    protected abstract bool DeleteBeforeReplace(ObjectValue olds, ObjectValue news);

    /// <summary>Which differently written inputs mean the same to AWS, for plans and Read.</summary>
    protected virtual SameForAws SameForAws => SameForAws.Exact;

    /// <summary>The same for what AWS answers to Read: it may also fill in values a program may not (re)write freely.</summary>
    protected virtual SameForAws SameInAwsAnswer => SameForAws;

    public virtual CheckResult Check(CheckRequest request)
    {
        var failures = new List<ValidationFailure>();
        ArgsShape.Check(request.News, PropertyPath.Root, failures);
        if (Tagging is { } tagging)
        {
            var tags = PropertyPath.Of(tagging.TagsProperty);
            if (failures.All(f => !f.Path.Equals(tags)) && Tags.MergeOverLimit(Provider.DefaultTags, request.News[tagging.TagsProperty]) is { } reason)
                failures.Add(new ValidationFailure(tags, reason));
        }
        return new CheckResult(request.News, failures);
    }

    public virtual ChangePlan PlanChange(PlanRequest request)
    {
        var olds = request.OldInputs.Fields.Count > 0 ? request.OldInputs : InputsOf(request.OldOutputs);
        // A new value that means the same to AWS as the old one is no change (SameForAws.cs).
        var news = SameForAws.Keep(ArgsShape, olds, request.News);
        return Differ.Diff(ArgsShape, olds, news, DeleteBeforeReplace(olds, news),
            Tagging is { } t ? [(t.TagsAllProperty, request.OldOutputs[t.TagsAllProperty], TagsAllOf(news))] : []);
    }

    /// <summary>Preview of a create: the inputs as they are, tagsAll where known, every other output unknown (so is a
    /// computed input left out: AWS fills it in).</summary>
    public PlannedCreate PlanCreate(ObjectValue inputs)
    {
        var outputs = inputs;
        foreach (var prop in StateShape.Properties)
            if (ArgsShape.Find(prop.Name) is not { } input ? outputs[prop.Name] is null : Differ.KeepsLive(input, outputs[prop.Name]))
                outputs = outputs.With(prop.Name, PropertyValue.Unknown);
        return new PlannedCreate(Tagging is { } t ? outputs.With(t.TagsAllProperty, TagsAllOf(inputs)) : outputs, PlanPrivate(inputs));
    }

    /// <summary>The private state a create needs, chosen at plan time (null: none).</summary>
    protected virtual string? PlanPrivate(ObjectValue inputs) => null;

    /// <summary>
    /// Preview of an update: the planned state (pulumi/pulumi pkg/resource/deploy/step.go UpdateStep). A settled
    /// resource keeps its computed outputs (an update changes tags only); one whose create was interrupted is finished
    /// by this update, so its computed outputs are unknown, as in a create's preview.
    /// </summary>
    public ObjectValue PlanUpdate(UpdateRequest request)
    {
        if (!IsSettled(request.OldOutputs)) return PlanCreate(request.News).Outputs;
        // Computed outputs stay, and so does a computed input left out (AWS keeps its value).
        var planned = request.OldOutputs.Fields
            .Where(kv => ArgsShape.Find(kv.Key) is not { } input ? !request.News.Fields.ContainsKey(kv.Key) : Differ.KeepsLive(input, request.News[kv.Key]))
            .Aggregate(request.News, (o, kv) => o.With(kv.Key, kv.Value));
        return Tagging is { } t ? planned.With(t.TagsAllProperty, TagsAllOf(request.News)) : planned;
    }

    /// <summary>Whether stored outputs are those of a finished create (<see cref="ISettledState"/>).</summary>
    private bool IsSettled(ObjectValue outputs) => StateShape.Read(outputs, PropertyPath.Root, []) switch
    {
        ISettledState state => state.IsSettled,
        null => false,
        _ => true,
    };

    /// <summary>The expected tagsAll of raw inputs (unknown while the tags are).</summary>
    private PropertyValue TagsAllOf(ObjectValue inputs) => Tags.MergeValue(Provider.DefaultTags, inputs[Tagging!.TagsProperty]);

    /// <summary>The input properties of a set of outputs.</summary>
    protected ObjectValue InputsOf(ObjectValue outputs) =>
        ObjectValue.From(outputs.Fields.Where(kv => ArgsShape.Find(kv.Key) is not null));

    /// <summary>Outputs of a state, with every value that was secret in the inputs kept secret.</summary>
    private ObjectValue WriteOutputs(TState state, ObjectValue inputs)
    {
        var outputs = StateShape.WriteObject(state).CarrySecrets(inputs);
        // tagsAll repeats the tags' values: it is secret when any of them is.
        return Tagging is { } t && inputs[t.TagsProperty] is { ContainsSecrets: true } && outputs[t.TagsAllProperty] is { } all
            ? outputs.With(t.TagsAllProperty, PropertyValue.Secret(all))
            : outputs;
    }

    /// <summary>
    /// The inputs Read returns: what AWS reports, in the program's form wherever the two mean the same to AWS
    /// (<paramref name="previous"/> is null on import, where AWS's form is all there is), secrets kept secret.
    /// </summary>
    private ObjectValue InputsFromRead(ObjectValue live, ObjectValue? previous) =>
        previous is null || previous.Fields.Count == 0
            ? live
            : SameInAwsAnswer.Keep(ArgsShape, (ObjectValue)previous.Reveal(), live).CarrySecrets(previous);
}
