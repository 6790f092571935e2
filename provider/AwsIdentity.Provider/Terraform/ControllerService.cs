using Grpc.AspNetCore.Server;
using Grpc.Core;

namespace AwsIdentity.Provider.Terraform;

/// <summary>
/// go-plugin's plugin.GRPCController: terraform calls Shutdown when it is done with a provider process, then waits
/// 2 s for it to exit before killing it (hashicorp/go-plugin grpc_client.go Close, client.go Kill); it starts at
/// least four provider processes per apply, so the process ends as soon as the answer is on its way.
/// </summary>
public sealed class ControllerService(PluginExit exit) : Plugin.GRPCController.GRPCControllerBase
{
    public override Task<Plugin.Empty> Shutdown(Plugin.Empty request, ServerCallContext context)
    {
        context.GetHttpContext().Response.OnCompleted(() =>
        {
            exit.Request("terraform asked the provider to shut down (GRPCController.Shutdown)");
            return Task.CompletedTask;
        });
        return Task.FromResult(new Plugin.Empty());
    }
}
