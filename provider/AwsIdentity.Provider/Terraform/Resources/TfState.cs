using AwsIdentity.Core.Model;
using AwsIdentity.Core.Values;
using AwsIdentity.Provider.Terraform.Values;

namespace AwsIdentity.Provider.Terraform.Resources;

/// <summary>
/// A resource object in Terraform's names (TerraformSchema.cs): the model's outputs in snake_case plus the attributes
/// only Terraform has: `id`, `region` and the `timeouts` block.
/// </summary>
public sealed record TfState(ResourceModel Model)
{
    public const string Id = "id";
    public const string Region = "region";
    public const string Timeouts = "timeouts";

    public ObjectValue Inputs(ObjectValue terraform) => TfNames.ToModel(terraform, Model.Inputs);

    /// <summary>The inputs an apply sends from its planned object: a computed input still unknown there is one the plan
    /// left to AWS (ResourceHandler.PlanCreate in AwsIdentity.Core), so it is not sent.</summary>
    public ObjectValue PlannedInputs(ObjectValue planned) => Model.Inputs.Properties
        .Where(p => p.Computed)
        .Aggregate(Inputs(planned), (inputs, p) => inputs[p.Name] is UnknownValue ? inputs.Without(p.Name) : inputs);

    public ObjectValue Outputs(ObjectValue terraform) => TfNames.ToModel(terraform, Model.Outputs);

    /// <summary>The Terraform object of model outputs with its id, region and timeouts.</summary>
    public ObjectValue Of(ObjectValue outputs, PropertyValue id, PropertyValue? region, PropertyValue? timeouts) =>
        TfNames.ToTerraform(outputs, Model.Outputs)
            .With(Id, id)
            .With(Region, region ?? PropertyValue.Null)
            .With(Timeouts, timeouts ?? PropertyValue.Null);

    public static string? Text(ObjectValue value, string attribute) => (value[attribute]?.Reveal() as StringValue)?.Value;

    /// <summary>The user's timeout of one operation (`timeouts { create = "60m" }`), or null for the model's default.</summary>
    public static TimeSpan? Timeout(ObjectValue? value, string operation) =>
        value?[Timeouts]?.Reveal() is ObjectValue t && (t[operation]?.Reveal() as StringValue)?.Value is { } text
            ? GoDuration.Parse(text, out _)
            : null;

    /// <summary>Located problems with the timeouts block.</summary>
    public static IEnumerable<TfDiagnostic> CheckTimeouts(ObjectValue config)
    {
        if (config[Timeouts]?.Reveal() is not ObjectValue t) yield break;
        foreach (var (operation, value) in t.Fields)
            if ((value.Reveal() as StringValue)?.Value is { } text && GoDuration.Parse(text, out var error) is null)
                yield return TfDiagnostic.Error("Invalid timeout", error!, TfPath.Root.Attribute(Timeouts).Attribute(operation));
    }
}
