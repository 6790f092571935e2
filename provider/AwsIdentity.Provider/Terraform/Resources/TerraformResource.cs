using AwsIdentity.Core.Model;
using AwsIdentity.Core.Resources;
using AwsIdentity.Core.Values;
using AwsIdentity.Provider.Terraform.Schema;
using AwsIdentity.Provider.Terraform.Values;

namespace AwsIdentity.Provider.Terraform.Resources;

/// <summary>A plan: the planned object (null: destroy), the paths that replace it, the private state to apply with.</summary>
public sealed record TfPlan(ObjectValue? Planned, IReadOnlyList<TfPath> RequiresReplace, string? Private, IReadOnlyList<TfDiagnostic> Diagnostics);

/// <summary>
/// One resource type as Terraform drives it, on the core contract (Resources/IResourceHandler.cs in AwsIdentity.Core):
/// objects in Terraform's names in and out (TfState.cs). Validation and plans never call AWS; the plan rules are
/// terraform's (hashicorp/terraform internal/plans/objchange/plan_valid.go: planned values equal config or prior, computed
/// values unknown only when they will change, deterministic; replacement paths); the live operations are in
/// TerraformResource.Live.cs.
/// </summary>
public sealed partial class TerraformResource(IResourceHandler handler, ResourceModel model, Func<string?> providerRegion)
{
    private readonly TfState _state = new(model);

    public string TypeName { get; } = TerraformSchema.TypeName(model.Token);

    public TfSchema Schema { get; } = TerraformSchema.Resource(model);

    public IReadOnlyList<TfDiagnostic> Validate(ObjectValue config)
    {
        var shape = model.Inputs;
        var failures = handler.Check(new CheckRequest(ObjectValue.Empty, _state.Inputs(config))).Failures;
        return [.. failures.Select(f => TfDiagnostic.Error("Invalid attribute value", f.Reason, TfNames.ToTerraform(f.Path, shape))),
            .. TfState.CheckTimeouts(config)];
    }

    public TfPlan Plan(ObjectValue? prior, ObjectValue? proposed, ObjectValue? config, string? priorPrivate)
    {
        if (proposed is null) return new(null, [], priorPrivate, []);
        var inputs = _state.Inputs(proposed);
        // The region a resource lives in: its own setting, else the provider's. A changed region (the resource's, or the
        // provider's moved) plans a replacement (below): the delete runs in the old region, the create in the new one.
        var region = config is not null && TfState.Text(config, TfState.Region) is { } set ? PropertyValue.Of(set)
            : providerRegion() is { } provider ? PropertyValue.Of(provider)
            : prior?[TfState.Region] is StringValue kept ? kept : PropertyValue.Unknown;
        var timeouts = proposed[TfState.Timeouts];
        if (prior is null) return Create(inputs, region, timeouts, []);

        var id = TfState.Text(prior, TfState.Id) ?? "";
        var change = handler.PlanChange(new PlanRequest(id, _state.Outputs(prior), _state.Inputs(prior), inputs));
        var replace = change.ReplaceKeys.Select(k => TfPath.Root.Attribute(TfNames.Snake(k))).ToList();
        if (prior[TfState.Region] is StringValue was && region is StringValue now && was.Value != now.Value)
            replace.Add(TfPath.Root.Attribute(TfState.Region));
        if (replace.Count > 0) return Create(inputs, region, timeouts, replace);
        // Nothing changes in AWS: the prior object stands (a value that means the same to AWS keeps its prior form).
        if (!change.HasChanges) return new(prior.With(TfState.Region, region).With(TfState.Timeouts, timeouts ?? PropertyValue.Null), [], priorPrivate, []);
        var planned = handler.PlanUpdate(new UpdateRequest(id, null, _state.Outputs(prior), _state.Inputs(prior), inputs, null));
        return new(_state.Of(planned, PropertyValue.Of(id), region, timeouts), [], priorPrivate, []);
    }

    private TfPlan Create(ObjectValue inputs, PropertyValue region, PropertyValue? timeouts, IReadOnlyList<TfPath> replace)
    {
        var planned = handler.PlanCreate(inputs);
        return new(_state.Of(planned.Outputs, PropertyValue.Unknown, region, timeouts), replace, planned.Private, []);
    }
}
