using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using AwsIdentity.Provider.Terraform.Resources;
using AwsIdentity.Provider.Terraform.Schema;
using AwsIdentity.Provider.Terraform.Values;
using Google.Protobuf;
using Tfplugin6;

namespace AwsIdentity.Provider.Terraform.Wire;

/// <summary>
/// MoveResourceState: a `moved { from = aws_eks_identity_provider_config.x  to = awsidentity_eks_identity_provider_config.x }`
/// block takes the hashicorp/aws resource's stored state over without touching AWS (hashicorp/terraform
/// internal/terraform/node_resource_plan_instance.go calls it for a move across resource types when the target
/// provider's schema response sets server_capabilities.move_resource_state). Terraform then refreshes the moved
/// object through ReadResource, as for any other.
/// </summary>
public static class MoveRpc
{
    public const string AwsProvider = "registry.terraform.io/hashicorp/aws";

    /// <summary>Our types by the hashicorp/aws type that manages the same AWS object with the same id form and argument
    /// names (hashicorp/terraform-provider-aws internal/service/eks/identity_provider_config.go, schema version 0).
    /// The user association has no counterpart in that provider.</summary>
    public static readonly IReadOnlyDictionary<string, string> AwsTypes = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["awsidentity_eks_identity_provider_config"] = "aws_eks_identity_provider_config",
    };

    public static MoveResourceState.Types.Response Move(TerraformResources resources, MoveResourceState.Types.Request request)
    {
        var response = new MoveResourceState.Types.Response();
        if (ResourceRpc.Resolve(resources, request.TargetTypeName, response.Diagnostics) is not { } resource) return response;
        if (!AwsTypes.TryGetValue(request.TargetTypeName, out var awsType) || request.SourceTypeName != awsType
            || request.SourceProviderAddress != AwsProvider || request.SourceSchemaVersion != 0)
        {
            var accepted = AwsTypes.TryGetValue(request.TargetTypeName, out var t)
                ? $"only from {AwsProvider} {t} at schema version 0" : "from no other provider's type";
            response.Diagnostics.Add(WireValues.Of(TfDiagnostic.Error("Unsupported resource move",
                $"a moved block can reach {request.TargetTypeName} {accepted}, not from {request.SourceProviderAddress} " +
                $"{request.SourceTypeName} at schema version {request.SourceSchemaVersion}. To take over an object another " +
                "provider manages, use a removed block with destroy = false and an import block")));
            return response;
        }
        if (Reshape(request.SourceState?.Json.ToStringUtf8(), resource.Schema.Block, out var reshaped) is { } problem)
        {
            response.Diagnostics.Add(WireValues.Of(TfDiagnostic.Error("Cannot move the resource's state", problem)));
            return response;
        }
        var decoded = DynamicValueJson.Decode(Encoding.UTF8.GetBytes(reshaped), resource.Schema.Block, dropUnknownAttributes: true);
        if (decoded.Error is { } error) response.Diagnostics.Add(WireValues.Undecodable($"{awsType} state", error));
        else response.TargetState = WireValues.Encode(decoded.Value, resource.Schema.Block);
        // The aws provider's private data (its timeouts) means nothing here: the timeouts come from the configuration.
        response.TargetPrivate = ByteString.Empty;
        return response;
    }

    /// <summary>The SDKv2 shapes as ours: a block the aws provider stores as a list of at most one element is a single
    /// block here; timeouts are dropped (configuration, not state); the region comes from the ARN. Attributes we lack
    /// are dropped by the decoder.</summary>
    internal static string? Reshape(string? json, TfBlock block, out string reshaped)
    {
        reshaped = "";
        JsonObject? state;
        try
        {
            state = JsonNode.Parse(json ?? "") as JsonObject;
        }
        catch (JsonException e)
        {
            return $"the source state is not valid JSON: {e.Message}";
        }
        if (state is null) return "the source state is not a JSON object";
        state.Remove("timeouts");
        // hashicorp/aws 5.x keeps the region in the provider, not the resource; ours records it (computed when unset),
        // and without it the first plan after the move would update it in place. The object's ARN says where it lives.
        if (block.Attribute("region") is not null && state["region"] is null && RegionOf((string?)state["arn"]) is { } region)
            state["region"] = region;
        if (Singles(state, block) is { } problem) return problem;
        reshaped = state.ToJsonString();
        return null;
    }

    /// <summary>arn:partition:service:region:account:resource → region.</summary>
    private static string? RegionOf(string? arn) =>
        arn?.Split(':') is [ "arn", _, _, { Length: > 0 } region, ..] ? region : null;

    private static string? Singles(JsonObject state, TfBlock block)
    {
        foreach (var nested in block.Blocks.Where(b => b.Nesting == TfNesting.Single))
        {
            if (state[nested.TypeName] is not JsonArray list) continue;
            if (list.Count > 1) return $"`{nested.TypeName}` holds {list.Count} blocks; this resource takes one";
            var single = list.Count == 1 ? list[0] : null;
            list.Clear();
            state[nested.TypeName] = single;
            if (single is JsonObject o && Singles(o, nested.Block) is { } problem) return problem;
        }
        return null;
    }
}
