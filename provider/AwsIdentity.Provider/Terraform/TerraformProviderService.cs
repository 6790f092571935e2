using AwsIdentity.Provider.Host;
using AwsIdentity.Provider.Terraform.Wire;
using Grpc.Core;
using Tfplugin6;

namespace AwsIdentity.Provider.Terraform;

/// <summary>
/// tfplugin6.Provider, the RPCs terraform 1.11 calls on a provider (hashicorp/terraform internal/plugin6/grpc_provider.go),
/// on the same resource handlers as the Pulumi front end (Wire/ProviderRpc.cs, Wire/ResourceRpc.cs). Data sources,
/// functions and ephemeral resources are not offered, so terraform never calls them; MoveResourceState takes over
/// hashicorp/aws state (Wire/MoveRpc.cs).
/// </summary>
public sealed class TerraformProviderService(CancellationRoot root, HclogWriter log, TerraformResources resources) : Tfplugin6.Provider.ProviderBase
{
    public override Task<GetProviderSchema.Types.Response> GetProviderSchema(GetProviderSchema.Types.Request request, ServerCallContext context) =>
        Task.FromResult(ProviderRpc.Schema(resources));

    public override Task<ValidateProviderConfig.Types.Response> ValidateProviderConfig(ValidateProviderConfig.Types.Request request,
        ServerCallContext context) => Task.FromResult(ProviderRpc.Validate(request));

    public override Task<ConfigureProvider.Types.Response> ConfigureProvider(ConfigureProvider.Types.Request request, ServerCallContext context) =>
        Task.FromResult(ProviderRpc.Configure(request, resources.Provider));

    public override Task<ValidateResourceConfig.Types.Response> ValidateResourceConfig(ValidateResourceConfig.Types.Request request,
        ServerCallContext context) => Task.FromResult(ResourceRpc.Validate(resources, request));

    public override Task<UpgradeResourceState.Types.Response> UpgradeResourceState(UpgradeResourceState.Types.Request request,
        ServerCallContext context) => Task.FromResult(ProviderRpc.Upgrade(resources, request));

    public override Task<MoveResourceState.Types.Response> MoveResourceState(MoveResourceState.Types.Request request,
        ServerCallContext context) => Task.FromResult(MoveRpc.Move(resources, request));

    public override Task<PlanResourceChange.Types.Response> PlanResourceChange(PlanResourceChange.Types.Request request,
        ServerCallContext context) => Task.FromResult(ResourceRpc.Plan(resources, request));

    public override async Task<ApplyResourceChange.Types.Response> ApplyResourceChange(ApplyResourceChange.Types.Request request,
        ServerCallContext context)
    {
        using var linked = root.Link(context.CancellationToken);
        return await ResourceRpc.ApplyAsync(resources, request, linked.Token).ConfigureAwait(false);
    }

    public override async Task<ReadResource.Types.Response> ReadResource(ReadResource.Types.Request request, ServerCallContext context)
    {
        using var linked = root.Link(context.CancellationToken);
        return await ResourceRpc.ReadAsync(resources, request, linked.Token).ConfigureAwait(false);
    }

    public override async Task<ImportResourceState.Types.Response> ImportResourceState(ImportResourceState.Types.Request request,
        ServerCallContext context)
    {
        using var linked = root.Link(context.CancellationToken);
        return await ResourceRpc.ImportAsync(resources, request, linked.Token).ConfigureAwait(false);
    }

    /// <summary>Ctrl-C in terraform: in-flight operations stop waiting and return; the process keeps serving until
    /// terraform shuts it down (hashicorp/terraform internal/terraform/context.go Stop).</summary>
    public override Task<StopProvider.Types.Response> StopProvider(StopProvider.Types.Request request, ServerCallContext context)
    {
        log.Write(HclogLevel.Info, "StopProvider: cancelling the operations in flight");
        root.Cancel();
        return Task.FromResult(new StopProvider.Types.Response());
    }
}
