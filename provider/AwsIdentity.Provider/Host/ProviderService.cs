using AwsIdentity.Provider.Config;
using AwsIdentity.Provider.Model;
using IResourceHandler = AwsIdentity.Provider.Resources.IResourceHandler;
using ResourceRegistry = AwsIdentity.Provider.Resources.ResourceRegistry;
using AwsIdentity.Provider.Schema;
using AwsIdentity.Provider.Values;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Pulumirpc;
using R = AwsIdentity.Provider.Resources;

namespace AwsIdentity.Provider.Host;

/// <summary>
/// The pulumirpc.ResourceProvider edge: maps messages to the protocol-free handlers, links every call with
/// the provider-wide cancellation, and turns exceptions into statuses in one place (<see cref="ErrorMapping"/>).
/// </summary>
public sealed class ProviderService(ResourceRegistry registry, ProviderContext provider, EngineLog log,
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
                : ConfigChecker.FromVariables(request.Variables);
            var config = ConfigChecker.Decode(args);
            foreach (var warning in CredentialCheck.Warnings(config))
                _ = log.LogAsync(LogSeverity.Warning, $"awsidentity: {warning}");
            provider.Configure(config);
            return new ConfigureResponse { AcceptSecrets = true, SupportsPreview = true, AcceptResources = true };
        });

    public override Task<CheckResponse> Check(Pulumirpc.CheckRequest request, ServerCallContext context) =>
        Guard("Check", () =>
        {
            var handler = HandlerFor(request.Type, request.Urn);
            var result = handler.Check(new R.CheckRequest(request.Urn, StructCodec.Decode(request.Olds), StructCodec.Decode(request.News)));
            return ProtocolMapping.ToCheckResponse(result.Inputs, result.Failures);
        });

    public override Task<DiffResponse> Diff(Pulumirpc.DiffRequest request, ServerCallContext context) =>
        Guard("Diff", () =>
        {
            var handler = HandlerFor(request.Type, request.Urn);
            var diff = handler.Diff(new R.DiffRequest(request.Id, request.Urn, StructCodec.Decode(request.Olds),
                StructCodec.Decode(request.OldInputs), StructCodec.Decode(request.News), request.IgnoreChanges));
            return ProtocolMapping.ToDiffResponse(diff);
        });

    public override Task<CreateResponse> Create(CreateRequest request, ServerCallContext context) =>
        GuardAsync("Create", context, async ct =>
        {
            var handler = HandlerFor(request.Type, request.Urn);
            var inputs = StructCodec.Decode(request.Properties);
            request.Properties = null; // see Delete
            var result = await handler.CreateAsync(new R.CreateRequest(request.Urn, request.Name,
                inputs, ProtocolMapping.Timeout(request.Timeout), request.Preview)
            {
                Owner = PulumiOwnership.Marker(request.Urn),
                ImportCommand = PulumiOwnership.ImportCommand(handler.Token, request.Urn),
            }, ct);
            return new CreateResponse { Id = result.Id, Properties = StructCodec.Encode(result.Outputs) };
        });

    public override Task<ReadResponse> Read(ReadRequest request, ServerCallContext context) =>
        GuardAsync("Read", context, async ct =>
        {
            var handler = HandlerFor(request.Type, request.Urn);
            var result = await handler.ReadAsync(new R.ReadRequest(request.Id, request.Urn,
                request.Properties is null ? null : StructCodec.Decode(request.Properties),
                request.Inputs is null ? null : StructCodec.Decode(request.Inputs)), ct);
            var response = new ReadResponse { Id = result.Id ?? "" };
            if (result.Outputs is not null) response.Properties = StructCodec.Encode(result.Outputs);
            if (result.Inputs is not null) response.Inputs = StructCodec.Encode(result.Inputs);
            return response;
        });

    public override Task<UpdateResponse> Update(UpdateRequest request, ServerCallContext context) =>
        GuardAsync("Update", context, async ct =>
        {
            var handler = HandlerFor(request.Type, request.Urn);
            var outputs = await handler.UpdateAsync(new R.UpdateRequest(request.Id, request.Urn, StructCodec.Decode(request.Olds),
                StructCodec.Decode(request.OldInputs), StructCodec.Decode(request.News), ProtocolMapping.Timeout(request.Timeout),
                request.Preview, request.IgnoreChanges) { Owner = PulumiOwnership.Marker(request.Urn) }, ct);
            return new UpdateResponse { Properties = StructCodec.Encode(outputs) };
        });

    public override Task<Empty> Delete(DeleteRequest request, ServerCallContext context) =>
        GuardAsync("Delete", context, async ct =>
        {
            var handler = HandlerFor(request.Type, request.Urn);
            var delete = new R.DeleteRequest(request.Id, request.Urn, StructCodec.Decode(request.Properties),
                StructCodec.Decode(request.OldInputs), ProtocolMapping.Timeout(request.Timeout));
            // The gRPC server holds the request until the call ends, minutes behind the pacer when thousands of calls
            // wait at once; the decoded values are all the call needs (README "Rate limits": 2,200 deletes in flight).
            (request.Properties, request.OldInputs) = (null, null);
            await handler.DeleteAsync(delete, ct);
            return new Empty();
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

    private IResourceHandler HandlerFor(string type, string urn)
    {
        var token = string.IsNullOrEmpty(type) ? ResourceRegistry.TypeOfUrn(urn) : type;
        if (registry.TryGet(token, out var handler)) return handler;
        throw new RpcException(new Status(StatusCode.InvalidArgument,
            $"unknown resource type \"{token}\"; awsidentity knows: {registry.KnownTokens}"));
    }

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
