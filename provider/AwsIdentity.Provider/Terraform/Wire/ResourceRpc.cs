using AwsIdentity.Core.Values;
using AwsIdentity.Provider.Terraform.Resources;
using Google.Protobuf;
using Tfplugin6;

namespace AwsIdentity.Provider.Terraform.Wire;

/// <summary>
/// The managed-resource RPCs of tfplugin6 (hashicorp/terraform docs/plugin-protocol/tfplugin6.8.proto) on
/// <see cref="TerraformResource"/>: values decoded against the type's schema, answers encoded with every attribute,
/// problems as diagnostics with severity and attribute path (an unknown type or an undecodable value included).
/// </summary>
public static class ResourceRpc
{
    public static ValidateResourceConfig.Types.Response Validate(TerraformResources resources, ValidateResourceConfig.Types.Request request)
    {
        var response = new ValidateResourceConfig.Types.Response();
        if (Resolve(resources, request.TypeName, response.Diagnostics) is not { } resource) return response;
        if (Decoded(request.Config, resource, "configuration", response.Diagnostics) is { } config)
            response.Diagnostics.AddRange(resource.Validate(config).Select(WireValues.Of));
        return response;
    }

    public static PlanResourceChange.Types.Response Plan(TerraformResources resources, PlanResourceChange.Types.Request request)
    {
        var response = new PlanResourceChange.Types.Response();
        if (Resolve(resources, request.TypeName, response.Diagnostics) is not { } resource) return response;
        var prior = Decoded(request.PriorState, resource, "prior state", response.Diagnostics);
        var proposed = Decoded(request.ProposedNewState, resource, "proposed state", response.Diagnostics);
        var config = Decoded(request.Config, resource, "configuration", response.Diagnostics);
        if (response.Diagnostics.Count > 0) return response;
        var plan = resource.Plan(prior, proposed, config, WireValues.Text(request.PriorPrivate));
        response.PlannedState = WireValues.Encode(plan.Planned, resource.Schema.Block);
        response.RequiresReplace.AddRange(plan.RequiresReplace.Select(WireValues.Of));
        response.PlannedPrivate = WireValues.Bytes(plan.Private);
        response.Diagnostics.AddRange(plan.Diagnostics.Select(WireValues.Of));
        return response;
    }

    public static async Task<ApplyResourceChange.Types.Response> ApplyAsync(TerraformResources resources,
        ApplyResourceChange.Types.Request request, CancellationToken ct)
    {
        var response = new ApplyResourceChange.Types.Response();
        if (Resolve(resources, request.TypeName, response.Diagnostics) is not { } resource) return response;
        var prior = Decoded(request.PriorState, resource, "prior state", response.Diagnostics);
        var planned = Decoded(request.PlannedState, resource, "planned state", response.Diagnostics);
        if (response.Diagnostics.Count > 0)
        {
            response.NewState = request.PriorState;
            return response;
        }
        var outcome = await resource.ApplyAsync(prior, planned, WireValues.Text(request.PlannedPrivate), ct).ConfigureAwait(false);
        return Fill(response, outcome, resource, (r, s, p, d) => { r.NewState = s; r.Private = p; r.Diagnostics.AddRange(d); });
    }

    public static async Task<ReadResource.Types.Response> ReadAsync(TerraformResources resources, ReadResource.Types.Request request,
        CancellationToken ct)
    {
        var response = new ReadResource.Types.Response();
        if (Resolve(resources, request.TypeName, response.Diagnostics) is not { } resource) return response;
        if (Decoded(request.CurrentState, resource, "state", response.Diagnostics) is not { } current)
        {
            response.NewState = request.CurrentState;
            response.Private = request.Private;
            return response;
        }
        var outcome = await resource.ReadAsync(current, WireValues.Text(request.Private), ct).ConfigureAwait(false);
        return Fill(response, outcome, resource, (r, s, p, d) => { r.NewState = s; r.Private = p; r.Diagnostics.AddRange(d); });
    }

    public static async Task<ImportResourceState.Types.Response> ImportAsync(TerraformResources resources,
        ImportResourceState.Types.Request request, CancellationToken ct)
    {
        var response = new ImportResourceState.Types.Response();
        if (Resolve(resources, request.TypeName, response.Diagnostics) is not { } resource) return response;
        var outcome = await resource.ImportAsync(request.Id, ct).ConfigureAwait(false);
        response.Diagnostics.AddRange(outcome.Diagnostics.Select(WireValues.Of));
        if (outcome.State is { } state)
            response.ImportedResources.Add(new ImportResourceState.Types.ImportedResource
            {
                TypeName = request.TypeName,
                State = WireValues.Encode(state, resource.Schema.Block),
                Private = WireValues.Bytes(outcome.Private),
            });
        return response;
    }

    private static T Fill<T>(T response, TfOutcome outcome, TerraformResource resource,
        Action<T, DynamicValue, ByteString, IEnumerable<Diagnostic>> set)
    {
        set(response, WireValues.Encode(outcome.State, resource.Schema.Block), WireValues.Bytes(outcome.Private),
            outcome.Diagnostics.Select(WireValues.Of));
        return response;
    }

    internal static TerraformResource? Resolve(TerraformResources resources, string typeName, ICollection<Diagnostic> diagnostics)
    {
        if (resources.Find(typeName) is { } resource) return resource;
        diagnostics.Add(WireValues.Of(TfDiagnostic.Error("Unknown resource type",
            $"awsidentity has no resource type \"{typeName}\"; it has {resources.KnownTypes}")));
        return null;
    }

    /// <summary>The object, or null for a null value or when it cannot be decoded (then a diagnostic says why).</summary>
    private static ObjectValue? Decoded(DynamicValue? value, TerraformResource resource, string what, ICollection<Diagnostic> diagnostics)
    {
        var decoded = WireValues.Decode(value, resource.Schema.Block);
        if (decoded.Error is { } error) diagnostics.Add(WireValues.Undecodable(what, error));
        return decoded.Value as ObjectValue;
    }
}
