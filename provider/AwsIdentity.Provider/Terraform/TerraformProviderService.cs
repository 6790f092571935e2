using AwsIdentity.Provider.Host;
using Grpc.Core;
using Tfplugin6;

namespace AwsIdentity.Provider.Terraform;

/// <summary>
/// tfplugin6.Provider, the RPCs terraform 1.11 calls on a provider (hashicorp/terraform internal/plugin6/grpc_provider.go).
/// Served so far: GetProviderSchema and StopProvider; every other RPC answers UNIMPLEMENTED (the generated base),
/// which terraform reports as an unsupported plugin method.
/// </summary>
public sealed class TerraformProviderService(CancellationRoot root, HclogWriter log) : Tfplugin6.Provider.ProviderBase
{
    public override Task<GetProviderSchema.Types.Response> GetProviderSchema(GetProviderSchema.Types.Request request, ServerCallContext context) =>
        Task.FromResult(new GetProviderSchema.Types.Response
        {
            Provider = ProviderSchemaPlaceholder.Provider(),
            // The schema depends on nothing but this binary: terraform may reuse it across the provider processes
            // of one command instead of asking each (hashicorp/terraform internal/providers/schema_cache.go).
            ServerCapabilities = new ServerCapabilities { GetProviderSchemaOptional = true },
        });

    /// <summary>Ctrl-C in terraform: in-flight operations stop waiting and return; the process keeps serving until
    /// terraform shuts it down (hashicorp/terraform internal/terraform/context.go Stop).</summary>
    public override Task<StopProvider.Types.Response> StopProvider(StopProvider.Types.Request request, ServerCallContext context)
    {
        log.Write(HclogLevel.Info, "StopProvider: cancelling the operations in flight");
        root.Cancel();
        return Task.FromResult(new StopProvider.Types.Response());
    }
}
