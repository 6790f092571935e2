using ChangePlanRequest = AwsIdentity.Core.Resources.PlanRequest;
using IResourceHandler = AwsIdentity.Core.Resources.IResourceHandler;
using ResourceRegistry = AwsIdentity.Core.Resources.ResourceRegistry;
using AwsIdentity.Core.Values;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Pulumirpc;
using R = AwsIdentity.Core.Resources;

namespace AwsIdentity.Provider.Host;

// The resource RPCs: the Pulumi adapter over the core contract (Resources/IResourceHandler.cs in AwsIdentity.Core).
// What is Pulumi's stays here: URNs (the resource key and the owner marker), preview (the core's plans),
// ignoreChanges (applied before the core sees the inputs), import told apart from refresh by the absent state,
// *_REPLACE kinds and deleteBeforeReplace (ProtocolMapping.cs), and Pulumi's wording of failures (PulumiWording.cs).
public sealed partial class ProviderService
{
    public override Task<CheckResponse> Check(Pulumirpc.CheckRequest request, ServerCallContext context) =>
        Guard("Check", () =>
        {
            var handler = HandlerFor(request.Type, request.Urn);
            var result = handler.Check(new R.CheckRequest(StructCodec.Decode(request.Olds), StructCodec.Decode(request.News)));
            return ProtocolMapping.ToCheckResponse(result.Inputs, result.Failures);
        });

    public override Task<DiffResponse> Diff(Pulumirpc.DiffRequest request, ServerCallContext context) =>
        Guard("Diff", () =>
        {
            var handler = HandlerFor(request.Type, request.Urn);
            var (outputs, inputs) = (StructCodec.Decode(request.Olds), StructCodec.Decode(request.OldInputs));
            var news = PulumiIgnoreChanges.Apply(handler, outputs, inputs, StructCodec.Decode(request.News), request.IgnoreChanges);
            return ProtocolMapping.ToDiffResponse(handler.PlanChange(new ChangePlanRequest(request.Id, outputs, inputs, news)));
        });

    public override Task<CreateResponse> Create(CreateRequest request, ServerCallContext context) =>
        GuardAsync("Create", context, async ct =>
        {
            var handler = HandlerFor(request.Type, request.Urn);
            var inputs = StructCodec.Decode(request.Properties);
            request.Properties = null; // see Delete
            // Preview never touches AWS and needs no configuration (the engine may not have configured us).
            if (request.Preview) return new CreateResponse { Properties = StructCodec.Encode(handler.PlanCreate(inputs).Outputs) };
            var result = await handler.CreateAsync(new R.CreateRequest(request.Urn, inputs, ProtocolMapping.Timeout(request.Timeout))
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
            // Import is a Read with the id alone; refresh carries the state (pulumi/pulumi pkg/resource/deploy/step.go ImportStep).
            var read = request.Properties is null && request.Inputs is null
                ? R.ReadRequest.Import(request.Id, request.Urn)
                : new R.ReadRequest(request.Id, request.Urn, request.Properties is null ? null : StructCodec.Decode(request.Properties),
                    request.Inputs is null ? null : StructCodec.Decode(request.Inputs));
            var result = await handler.ReadAsync(read, ct);
            var response = new ReadResponse { Id = result.Id ?? "" };
            if (result.Outputs is not null) response.Properties = StructCodec.Encode(result.Outputs);
            if (result.Inputs is not null) response.Inputs = StructCodec.Encode(result.Inputs);
            return response;
        });

    public override Task<UpdateResponse> Update(UpdateRequest request, ServerCallContext context) =>
        GuardAsync("Update", context, async ct =>
        {
            var handler = HandlerFor(request.Type, request.Urn);
            var (outputs, inputs) = (StructCodec.Decode(request.Olds), StructCodec.Decode(request.OldInputs));
            var news = PulumiIgnoreChanges.Apply(handler, outputs, inputs, StructCodec.Decode(request.News), request.IgnoreChanges);
            var update = new R.UpdateRequest(request.Id, request.Urn, outputs, inputs, news, ProtocolMapping.Timeout(request.Timeout))
            {
                Owner = PulumiOwnership.Marker(request.Urn),
            };
            var planned = request.Preview ? handler.PlanUpdate(update) : await handler.UpdateAsync(update, ct);
            return new UpdateResponse { Properties = StructCodec.Encode(planned) };
        });

    public override Task<Empty> Delete(DeleteRequest request, ServerCallContext context) =>
        GuardAsync("Delete", context, async ct =>
        {
            var handler = HandlerFor(request.Type, request.Urn);
            var delete = new R.DeleteRequest(request.Id, request.Urn, StructCodec.Decode(request.Properties),
                ProtocolMapping.Timeout(request.Timeout));
            // The gRPC server holds the request until the call ends, minutes behind the pacer when thousands of calls
            // wait at once; the decoded values are all the call needs (README "Rate limits": 2,200 deletes in flight).
            (request.Properties, request.OldInputs) = (null, null);
            await handler.DeleteAsync(delete, ct);
            return new Empty();
        });

    private IResourceHandler HandlerFor(string type, string urn)
    {
        var token = string.IsNullOrEmpty(type) ? PulumiUrn.TypeOf(urn) : type;
        if (registry.TryGet(token, out var handler)) return handler;
        throw new RpcException(new Status(StatusCode.InvalidArgument,
            $"unknown resource type \"{token}\"; awsidentity knows: {registry.KnownTokens}"));
    }
}
