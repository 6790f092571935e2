using AwsIdentity.Core.Config;
using AwsIdentity.Core.Model;
using AwsIdentity.Core.Values;
using AwsIdentity.Provider.Terraform.Resources;
using AwsIdentity.Provider.Terraform.Schema;
using AwsIdentity.Provider.Terraform.Values;
using Google.Protobuf;
using Tfplugin6;

namespace AwsIdentity.Provider.Terraform.Wire;

/// <summary>The provider-level RPCs of tfplugin6: the schema, the provider block's validation and configuration, and
/// the upgrade of stored state (hashicorp/terraform docs/plugin-protocol/tfplugin6.8.proto).</summary>
public static class ProviderRpc
{
    private static readonly TfSchema ProviderSchema = TerraformSchema.Provider();

    public static GetProviderSchema.Types.Response Schema(TerraformResources resources)
    {
        var response = new GetProviderSchema.Types.Response
        {
            Provider = SchemaProto.Of(ProviderSchema),
            // The schema depends on nothing but this binary: terraform may reuse it across the provider processes of one
            // command instead of asking each (hashicorp/terraform internal/providers/schema_cache.go).
            // move_resource_state: `moved` blocks from hashicorp/aws types reach MoveRpc.cs.
            ServerCapabilities = new ServerCapabilities { GetProviderSchemaOptional = true, MoveResourceState = true },
        };
        foreach (var resource in resources.All) response.ResourceSchemas[resource.TypeName] = SchemaProto.Of(resource.Schema);
        return response;
    }

    public static ValidateProviderConfig.Types.Response Validate(ValidateProviderConfig.Types.Request request)
    {
        var response = new ValidateProviderConfig.Types.Response();
        if (Config(request.Config, response.Diagnostics) is { } config)
            response.Diagnostics.AddRange(ConfigChecker.Check(config).Failures.Select(Located));
        return response;
    }

    public static ConfigureProvider.Types.Response Configure(ConfigureProvider.Types.Request request, ProviderContext provider)
    {
        var response = new ConfigureProvider.Types.Response();
        if (Config(request.Config, response.Diagnostics) is not { } values) return response;
        try
        {
            var config = ConfigChecker.Decode(values);
            response.Diagnostics.AddRange(CredentialCheck.Warnings(config)
                .Select(w => WireValues.Of(new TfDiagnostic(TfSeverity.Warning, "AWS credentials", w))));
            provider.Configure(config);
        }
        catch (InvalidPropertiesException e)
        {
            response.Diagnostics.AddRange(e.Failures.Select(Located));
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or IOException)
        {
            response.Diagnostics.Add(WireValues.Of(TfDiagnostic.Error("Cannot configure the awsidentity provider", e.Message)));
        }
        return response;
    }

    /// <summary>Stored state under the current schema (version 0 is the only one so far): the JSON terraform kept, re-encoded,
    /// attributes an older build wrote and this one lacks dropped.</summary>
    public static UpgradeResourceState.Types.Response Upgrade(TerraformResources resources, UpgradeResourceState.Types.Request request)
    {
        var response = new UpgradeResourceState.Types.Response();
        if (ResourceRpc.Resolve(resources, request.TypeName, response.Diagnostics) is not { } resource) return response;
        if (request.Version > resource.Schema.Version)
        {
            response.Diagnostics.Add(WireValues.Of(TfDiagnostic.Error("State from a newer provider",
                $"the state of this {request.TypeName} was written by schema version {request.Version}; this provider knows up to " +
                $"{resource.Schema.Version}: use that newer provider version")));
            return response;
        }
        var json = request.RawState?.Json ?? ByteString.Empty;
        var decoded = DynamicValueJson.Decode(json.Span, resource.Schema.Block, dropUnknownAttributes: true);
        if (decoded.Error is { } error) response.Diagnostics.Add(WireValues.Undecodable("stored state", error));
        else response.UpgradedState = WireValues.Encode(decoded.Value, resource.Schema.Block);
        return response;
    }

    private static ObjectValue? Config(DynamicValue? value, ICollection<Diagnostic> diagnostics)
    {
        var decoded = WireValues.Decode(value, ProviderSchema.Block);
        if (decoded.Error is { } error)
        {
            diagnostics.Add(WireValues.Undecodable("provider configuration", error));
            return null;
        }
        return decoded.Value is ObjectValue o ? TfNames.ToModel(o, ProviderConfig.Shape) : ObjectValue.Empty;
    }

    private static Diagnostic Located(ValidationFailure f) =>
        WireValues.Of(TfDiagnostic.Error("Invalid provider configuration", f.Reason, TfNames.ToTerraform(f.Path, ProviderConfig.Shape)));
}
