using AwsIdentity.Core.Config;
using AwsIdentity.Core.Model;
using ResourceRegistry = AwsIdentity.Core.Resources.ResourceRegistry;
using AwsIdentity.Provider.Schema;
using AwsIdentity.Core.Values;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Pulumirpc;
using R = AwsIdentity.Core.Resources;

namespace AwsIdentity.Provider.Host;

/// <summary>
/// The pulumirpc.ResourceProvider edge: maps messages to the protocol-free handlers, links every call with
/// the provider-wide cancellation, and turns exceptions into statuses in one place (<see cref="ErrorMapping"/>).
/// </summary>
public sealed partial class ProviderService(ResourceRegistry registry, ProviderContext provider, EngineLog log,
    CancellationRoot root, ProviderInfo info) : ResourceProvider.ResourceProviderBase
{
    public override Task<ProviderHandshakeResponse> Handshake(ProviderHandshakeRequest request, ServerCallContext context)
    {
        log.Connect(request.EngineAddress);
        // Configure answers the same flags (provider.proto: a provider that handshakes must stay consistent).
        return Task.FromResult(new ProviderHandshakeResponse { AcceptSecrets = true, AcceptResources = true });
    }

    public override Task<Empty> Attach(PluginAttach request, ServerCallContext context)
    {
        log.Connect(request.Address);
        return Task.FromResult(new Empty());
    }

    public override Task<PluginInfo> GetPluginInfo(Empty request, ServerCallContext context) =>
        Task.FromResult(new PluginInfo { Version = info.Version });

    public override Task<GetSchemaResponse> GetSchema(GetSchemaRequest request, ServerCallContext context)
    {
        if (!string.IsNullOrEmpty(request.SubpackageName))
            throw new RpcException(new Status(StatusCode.InvalidArgument,
                $"awsidentity has no subpackage \"{request.SubpackageName}\""));
        return Task.FromResult(new GetSchemaResponse { Schema = info.Schema(registry) });
    }

    public override Task<CheckResponse> CheckConfig(Pulumirpc.CheckRequest request, ServerCallContext context) =>
        Guard("CheckConfig", () =>
        {
            var (inputs, failures) = ConfigChecker.Check(StructCodec.Decode(request.News));
            return ProtocolMapping.ToCheckResponse(inputs, failures);
        });

    public override Task<DiffResponse> DiffConfig(Pulumirpc.DiffRequest request, ServerCallContext context) =>
        Guard("DiffConfig", () =>
        {
            var olds = request.OldInputs is { Fields.Count: > 0 } ? request.OldInputs : request.Olds;
            // A region change replaces the provider and so every resource; everything else applies in place (ConfigDiff).
            var diff = ConfigDiff.Diff(StructCodec.Decode(olds), StructCodec.Decode(request.News), request.IgnoreChanges);
            return ProtocolMapping.ToDiffResponse(diff);
        });

    public override Task<ConfigureResponse> Configure(ConfigureRequest request, ServerCallContext context) =>
        Guard("Configure", () =>
        {
            var args = request.Args is not null
                ? StructCodec.Decode(request.Args)
                : ConfigVariables.Decode(request.Variables);
            var config = ConfigChecker.Decode(args);
            foreach (var warning in CredentialCheck.Warnings(config))
                _ = log.LogAsync(LogSeverity.Warning, $"awsidentity: {warning}");
            provider.Configure(config);
            return new ConfigureResponse { AcceptSecrets = true, SupportsPreview = true, AcceptResources = true };
        });

    public override Task<Empty> Cancel(Empty request, ServerCallContext context)
    {
        // Advisory and non-blocking (provider.proto): operations in flight see their tokens cancelled.
        root.Cancel();
        return Task.FromResult(new Empty());
    }

    // No mappings: answer empty, not an error (provider.proto GetMapping).
    public override Task<GetMappingResponse> GetMapping(GetMappingRequest request, ServerCallContext context) =>
        Task.FromResult(new GetMappingResponse());

    public override Task<GetMappingsResponse> GetMappings(GetMappingsRequest request, ServerCallContext context) =>
        Task.FromResult(new GetMappingsResponse());

    private static Task<T> Guard<T>(string operation, Func<T> body)
    {
        try
        {
            return Task.FromResult(body());
        }
        catch (Exception e)
        {
            throw ErrorMapping.ToRpc(e, operation);
        }
    }

    private async Task<T> GuardAsync<T>(string operation, ServerCallContext context, Func<CancellationToken, Task<T>> body)
    {
        using var linked = root.Link(context.CancellationToken);
        try
        {
            return await body(linked.Token).ConfigureAwait(false);
        }
        catch (Exception e)
        {
            throw ErrorMapping.ToRpc(e, operation);
        }
    }
}
