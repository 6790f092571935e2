using AwsIdentity.Aws.EKS.Model;
using AwsIdentity.Core.Config;
using AwsIdentity.Core.Model;
using AwsIdentity.Core.Values;
using AwsIdentity.Core.Waiting;

namespace AwsIdentity.Core.Resources.Eks;

/// <summary>
/// awsidentity:eks:IdentityProviderConfig. Create associates and waits for the cluster update, then for the
/// config to be ACTIVE; Update changes tags only; Delete disassociates and waits until the config is gone.
/// </summary>
public sealed class IdentityProviderConfigHandler(ProviderContext provider, ResourceServices services)
    : ResourceHandler<IdentityProviderConfigArgs, IdentityProviderConfigState>(provider)
{
    /// <summary>Create, update and delete wait alike (IdentityProviderConfigModel.cs says how long and why).</summary>
    public static readonly TimeSpan DefaultTimeout = IdentityProviderConfigModel.Resource.DefaultTimeouts.Create;

    public override string Token => IdentityProviderConfigState.Token;
    protected override RecordShape<IdentityProviderConfigArgs> ArgsShape => IdentityProviderConfigArgs.Shape;
    protected override RecordShape<IdentityProviderConfigState> StateShape => IdentityProviderConfigState.Shape;
    public override ResourceModel Model => IdentityProviderConfigModel.Resource;

    // One OIDC config per cluster (EKS user guide): the new one can only be associated once the old is gone.
    protected override bool DeleteBeforeReplace(ObjectValue olds, ObjectValue news) => true;
    protected override SameForAws SameForAws => IdentityProviderConfigMapping.Defaults;

    protected override async Task<CreateResult> CreateLiveAsync(CreateRequest request, CancellationToken ct)
    {
        var args = ArgsShape.Decode(request.Inputs);
        var id = new IdentityProviderConfigId(args.ClusterName, args.Oidc.IdentityProviderConfigName);
        var action = $"creating identity provider config {id}";
        var tagsAll = Tags.Merge(Provider.DefaultTags, args.Tags);
        var clock = services.Start(request.Urn, request.Timeout, DefaultTimeout);
        var eks = services.Aws.Eks;

        AssociateIdentityProviderConfigResponse? associated;
        var marked = Ownership.Marked(tagsAll, request.Owner);
        try
        {
            var token = IdentityProviderConfigMapping.ClientRequestToken(request.Urn, request.Inputs);
            associated = await IdentityProviderConfigAdoption.AssociateOrAdoptAsync(async () =>
            {
                var first = await Associate(args, marked, token, request.Urn, clock, ct).ConfigureAwait(false);
                // The token makes a repeated create (engine retry, restarted provider) reuse the first association. But
                // after that config was deleted (destroy, then up again), EKS answers the old finished update for the
                // same token and associates nothing: associate again with a token of this attempt.
                return first.Update?.Status is not (null or "InProgress") && await EksUpdates.IsAbsent(services.Aws.Eks, id, services.Time).ConfigureAwait(false)
                    ? await Associate(args, marked, IdentityProviderConfigMapping.FreshToken(token), request.Urn, clock, ct).ConfigureAwait(false)
                    : first;
            }, services, id, request, clock, action, ct).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            throw new InvalidOperationException($"{action}: {e.Message}", e);
        }

        // The association exists in AWS from here on: every failure keeps it in state (no orphans).
        var state = new IdentityProviderConfigState { Args = args, Status = "CREATING", TagsAll = tagsAll };
        try
        {
            if (associated?.Update?.Id is { } updateId)
                await services.Waiter.WaitAsync(clock.Wait($"update {updateId} of cluster {args.ClusterName}", EksErrors.IsTransient),
                    c => EksUpdates.ObserveUpdate(eks, args.ClusterName, updateId, c), ct).ConfigureAwait(false);
            var live = await services.Waiter.WaitAsync(clock.Wait($"identity provider config {id} to become ACTIVE", EksErrors.IsTransient, lookNow: true),
                c => EksUpdates.ObserveActive(eks, id, c), ct).ConfigureAwait(false);
            state = state with { Arn = live.IdentityProviderConfigArn, Status = live.Status };
            await SyncTags(state.Arn!, marked, clock, ct).ConfigureAwait(false); // the marker too, should EKS have dropped it
            return new CreateResult(id.ToString(), WriteOutputs(state, request.Inputs));
        }
        catch (Exception e)
        {
            // A failed update that left nothing behind is a plain failure; anything else may have left a config.
            if (e is WaitFailedException && await EksUpdates.IsAbsent(services.Aws.Eks, id, services.Time).ConfigureAwait(false))
                throw new InvalidOperationException($"{action}: {e.Message}", e);
            throw Started(id.ToString(), state, request.Inputs, action, "association", e);
        }
    }

    private Task<AssociateIdentityProviderConfigResponse> Associate(IdentityProviderConfigArgs args,
        IReadOnlyDictionary<string, string> tagsAll, string token, string urn, OperationClock clock, CancellationToken ct) =>
        services.Retrier.RunAsync($"associating identity provider config {args.Oidc.IdentityProviderConfigName} with cluster {args.ClusterName}",
            urn, clock.Deadline, c => services.Aws.Eks.AssociateIdentityProviderConfigAsync(new()
            {
                ClusterName = args.ClusterName,
                Oidc = IdentityProviderConfigMapping.Expand(args.Oidc),
                Tags = tagsAll.Count > 0 ? tagsAll.ToDictionary() : null,
                ClientRequestToken = token,
            }, c), EksErrors.RetryReason, ct);

    public override async Task<ReadResult> ReadAsync(ReadRequest request, CancellationToken ct)
    {
        var id = IdentityProviderConfigId.Parse(request.Id);
        var eks = services.Aws.Eks;
        var what = $"reading identity provider config {id}";
        var live = await services.ReadAsync(what, request.Urn, c => EksUpdates.FindConfig(eks, id, c), EksErrors.IsTransient, ct).ConfigureAwait(false);
        if (live is null) return ReadResult.Gone;
        Dictionary<string, string>? liveTags;
        try
        {
            liveTags = Ownership.Hide((await services.ReadAsync(what, request.Urn,
                c => eks.ListTagsForResourceAsync(new() { ResourceArn = live.IdentityProviderConfigArn }, c), EksErrors.IsTransient, ct).ConfigureAwait(false)).Tags)?.ToDictionary();
        }
        catch (ResourceNotFoundException)
        {
            return ReadResult.Gone;
        }
        var previous = request.Inputs is { } inputs && ArgsShape.Read(inputs, PropertyPath.Root, []) is { } old ? old : null;
        var args = new IdentityProviderConfigArgs
        {
            ClusterName = id.ClusterName,
            Oidc = IdentityProviderConfigMapping.Flatten(live),
            Tags = TagSync.OwnTags(liveTags, Provider.DefaultTags, previous?.Tags),
        };
        var state = new IdentityProviderConfigState
        {
            Args = args,
            Arn = live.IdentityProviderConfigArn,
            Status = live.Status,
            TagsAll = Tags.Merge(null, liveTags),
        };
        var newInputs = InputsFromRead(ArgsShape.WriteObject(args), request.Inputs);
        return new ReadResult(id.ToString(), WriteOutputs(state, newInputs), newInputs);
    }

    protected override async Task<ObjectValue> UpdateLiveAsync(UpdateRequest request, CancellationToken ct)
    {
        var args = ArgsShape.Decode(request.News);
        var old = StateShape.Read(request.OldOutputs, PropertyPath.Root, []) ?? new IdentityProviderConfigState();
        var clock = services.Start(request.Urn, request.Timeout, DefaultTimeout);
        var id = IdentityProviderConfigId.Parse(request.Id);
        var wanted = Tags.Merge(Provider.DefaultTags, args.Tags);
        if (!old.IsSettled)
        {
            // A create that was interrupted (partial state): finish the association before touching tags.
            var token = IdentityProviderConfigMapping.FreshToken(IdentityProviderConfigMapping.ClientRequestToken(request.Urn, request.News));
            var live = await new InterruptedCreate(services, id, clock).FinishAsync(c => Associate(args, Ownership.Marked(wanted, request.Owner), token, request.Urn, clock, c), ct).ConfigureAwait(false);
            old = old with { Arn = live.IdentityProviderConfigArn, Status = live.Status };
        }
        var tagsAll = await SyncTags(old.Arn!, wanted, clock, ct).ConfigureAwait(false);
        return WriteOutputs(old with { Args = args, TagsAll = tagsAll }, request.News);
    }

    public override async Task DeleteAsync(DeleteRequest request, CancellationToken ct)
    {
        var id = IdentityProviderConfigId.Parse(request.Id);
        var action = $"deleting identity provider config {id}";
        var clock = services.Start(request.Urn, request.Timeout, DefaultTimeout);
        var eks = services.Aws.Eks;
        DisassociateIdentityProviderConfigResponse response;
        try
        {
            response = await services.Retrier.RunAsync(action, request.Urn, clock.Deadline, c => eks.DisassociateIdentityProviderConfigAsync(new()
            {
                ClusterName = id.ClusterName,
                IdentityProviderConfig = new IdentityProviderConfig { Type = "oidc", Name = id.ConfigName },
            }, c), EksErrors.RetryReason, ct).ConfigureAwait(false);
        }
        catch (Exception e) when (EksErrors.IsGone(e))
        {
            return;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            throw new InvalidOperationException($"{action}: {e.Message}", e);
        }
        try
        {
            if (response.Update?.Id is { } updateId)
                await services.Waiter.WaitAsync(clock.Wait($"update {updateId} of cluster {id.ClusterName}", EksErrors.IsTransient),
                    c => EksUpdates.ObserveUpdate(eks, id.ClusterName, updateId, c), ct).ConfigureAwait(false);
            await services.Waiter.WaitAsync(clock.Wait($"identity provider config {id} to be gone", EksErrors.IsTransient, lookNow: true),
                c => EksUpdates.ObserveGone(eks, id, c), ct).ConfigureAwait(false);
        }
        catch (Exception e) when (e is WaitFailedException or WaitTimeoutException)
        {
            throw new InvalidOperationException($"{action}: {e.Message}", e);
        }
    }

    /// <summary>Makes the live tags equal <paramref name="wanted"/>; tags given at associate time may be missing
    /// (aws-controllers-k8s/community#1143), so they are checked after create too.</summary>
    private Task<IReadOnlyDictionary<string, string>> SyncTags(string arn, IReadOnlyDictionary<string, string> wanted,
        OperationClock clock, CancellationToken ct)
    {
        var eks = services.Aws.Eks;
        var api = new TagSync.TagApi(
            async c => (await eks.ListTagsForResourceAsync(new() { ResourceArn = arn }, c).ConfigureAwait(false)).Tags,
            (tags, c) => eks.TagResourceAsync(new() { ResourceArn = arn, Tags = tags }, c),
            (keys, c) => eks.UntagResourceAsync(new() { ResourceArn = arn, TagKeys = keys }, c));
        return TagSync.SyncAsync(api, wanted, arn, services.Retrier, clock, EksErrors.RetryReason, ct);
    }
}
