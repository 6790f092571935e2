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
    : ResourceHandler<IdentityProviderConfigArgs, IdentityProviderConfigState>(provider, services)
{
    /// <summary>Create, update and delete wait alike (IdentityProviderConfigModel.cs says how long and why).</summary>
    public static readonly TimeSpan DefaultTimeout = IdentityProviderConfigModel.Resource.DefaultTimeouts.Create;

    public override string Token => IdentityProviderConfigState.Token;
    protected override RecordShape<IdentityProviderConfigArgs> ArgsShape => IdentityProviderConfigArgs.Shape;
    protected override RecordShape<IdentityProviderConfigState> StateShape => IdentityProviderConfigState.Shape;
    public override ResourceModel Model => IdentityProviderConfigModel.Resource;
    protected override TagCapability Tagging => TagCapability.Standard;
    protected override RetryRules Retry => EksErrors.Rules;

    // One OIDC config per cluster (EKS user guide): the new one can only be associated once the old is gone.
    protected override bool DeleteBeforeReplace(ObjectValue olds, ObjectValue news) => true;
    protected override SameForAws SameForAws => IdentityProviderConfigMapping.Defaults;

    protected override string IdOf(IdentityProviderConfigArgs args) =>
        new IdentityProviderConfigId(args.ClusterName, args.Oidc.IdentityProviderConfigName).ToString();

    protected override string Describe(LifecycleStep step, string id) => step switch
    {
        LifecycleStep.Create => $"creating identity provider config {id}",
        LifecycleStep.Read => $"reading identity provider config {id}",
        LifecycleStep.Update => $"updating identity provider config {id}",
        _ => $"deleting identity provider config {id}",
    };

    /// <summary>
    /// A front end with no resource key (Terraform) keeps the idempotency token from plan to apply. It is derived from the
    /// inputs and the tags AWS will get, so a create that was interrupted before its state was saved (terraform killed)
    /// is planned again with the same token, and EKS answers the same association rather than a conflict nothing can
    /// prove is ours. Accepted risk: two configurations declaring the identical config for one cluster share the token
    /// and both take the config; they would already fight over the cluster's one OIDC slot.
    /// </summary>
    protected override string? PlanPrivate(ObjectValue inputs) => IdentityProviderConfigMapping.ClientRequestToken("no resource key",
        inputs.With("tagsAll", Tags.MergeValue(Provider.DefaultTags, inputs["tags"])));

    protected override async Task<IdentityProviderConfigState> CreateLiveAsync(IdentityProviderConfigArgs args, CreateOptions options,
        OperationContext context)
    {
        var id = new IdentityProviderConfigId(args.ClusterName, args.Oidc.IdentityProviderConfigName);
        var tagsAll = Tags.Merge(Provider.DefaultTags, args.Tags);
        var eks = context.Aws.Eks;
        var marked = Ownership.Marked(tagsAll, options.Owner);
        var token = TokenFor(args, options, context);
        if (context.ResourceKey is null) await ClusterSlot.EnsureFreeAsync(id, context).ConfigureAwait(false);
        var associated = await IdentityProviderConfigAdoption.AssociateOrAdoptAsync(async () =>
        {
            var first = await Associate(args, marked, token, context).ConfigureAwait(false);
            // The token makes a repeated create (engine retry, restarted provider) reuse the first association. But
            // after that config was deleted (destroy, then up again), EKS answers the old finished update for the
            // same token and associates nothing: associate again with a token of this attempt.
            return first.Update?.Status is not (null or "InProgress") && await EksUpdates.IsAbsent(eks, id, Services.Time).ConfigureAwait(false)
                ? await Associate(args, marked, IdentityProviderConfigMapping.FreshToken(token), context).ConfigureAwait(false)
                : first;
        }, id, options, context, Describe(LifecycleStep.Create, id.ToString())).ConfigureAwait(false);

        // The association exists in AWS from here on: every failure keeps it in state (no orphans).
        var state = new IdentityProviderConfigState { Args = args, Status = "CREATING", TagsAll = tagsAll };
        try
        {
            if (associated?.Update?.Id is { } updateId)
                await context.WaitAsync($"update {updateId} of cluster {args.ClusterName}",
                    c => EksUpdates.ObserveUpdate(eks, args.ClusterName, updateId, c)).ConfigureAwait(false);
            var live = await context.WaitAsync($"identity provider config {id} to become ACTIVE",
                c => EksUpdates.ObserveActive(eks, id, c), lookNow: true).ConfigureAwait(false);
            state = state with { Arn = live.IdentityProviderConfigArn, Status = live.Status };
            await SyncTags(state.Arn!, marked, context).ConfigureAwait(false); // the marker too, should EKS have dropped it
            return state;
        }
        catch (Exception e)
        {
            // A failed update that left nothing behind is a plain failure; anything else may have left a config.
            if (e is WaitFailedException && await EksUpdates.IsAbsent(eks, id, Services.Time).ConfigureAwait(false)) throw;
            throw new StartedException(state, "association", e);
        }
    }

    /// <summary>The EKS idempotency token: kept from the plan, else derived from the resource key and inputs.</summary>
    private string TokenFor(IdentityProviderConfigArgs args, CreateOptions options, OperationContext context) =>
        options.Private ?? (context.ResourceKey is { } key
            ? IdentityProviderConfigMapping.ClientRequestToken(key, ArgsShape.WriteObject(args))
            : IdentityProviderConfigMapping.FreshToken("awsid"));

    private Task<AssociateIdentityProviderConfigResponse> Associate(IdentityProviderConfigArgs args,
        IReadOnlyDictionary<string, string> tagsAll, string token, OperationContext context) =>
        context.RetryAsync($"associating identity provider config {args.Oidc.IdentityProviderConfigName} with cluster {args.ClusterName}",
            c => context.Aws.Eks.AssociateIdentityProviderConfigAsync(new()
            {
                ClusterName = args.ClusterName,
                Oidc = IdentityProviderConfigMapping.Expand(args.Oidc),
                Tags = tagsAll.Count > 0 ? tagsAll.ToDictionary() : null,
                ClientRequestToken = token,
            }, c));

    protected override async Task<Found<IdentityProviderConfigArgs, IdentityProviderConfigState>?> ReadLiveAsync(string id,
        IdentityProviderConfigArgs? previous, OperationContext context)
    {
        var configId = IdentityProviderConfigId.Parse(id);
        var eks = context.Aws.Eks;
        var what = Describe(LifecycleStep.Read, id);
        var live = await context.RetryAsync(what, c => EksUpdates.FindConfig(eks, configId, c)).ConfigureAwait(false);
        if (live is null) return null;
        Dictionary<string, string>? liveTags;
        try
        {
            liveTags = Ownership.Hide((await context.RetryAsync(what,
                c => eks.ListTagsForResourceAsync(new() { ResourceArn = live.IdentityProviderConfigArn }, c)).ConfigureAwait(false)).Tags)?.ToDictionary();
        }
        catch (ResourceNotFoundException)
        {
            return null;
        }
        var args = new IdentityProviderConfigArgs
        {
            ClusterName = configId.ClusterName,
            Oidc = IdentityProviderConfigMapping.Flatten(live),
            Tags = TagSync.OwnTags(liveTags, Provider.DefaultTags, previous?.Tags),
        };
        return new(configId.ToString(), args, new IdentityProviderConfigState
        {
            Args = args,
            Arn = live.IdentityProviderConfigArn,
            Status = live.Status,
            TagsAll = Tags.Merge(null, liveTags),
        });
    }

    protected override async Task<IdentityProviderConfigState> UpdateLiveAsync(string id, IdentityProviderConfigArgs args,
        IdentityProviderConfigState old, CreateOptions options, OperationContext context)
    {
        var configId = IdentityProviderConfigId.Parse(id);
        var wanted = Tags.Merge(Provider.DefaultTags, args.Tags);
        if (!old.IsSettled)
        {
            // A create that was interrupted (partial state): finish the association before touching tags.
            var token = IdentityProviderConfigMapping.FreshToken(TokenFor(args, options, context));
            var live = await new InterruptedCreate(context, configId)
                .FinishAsync(() => Associate(args, Ownership.Marked(wanted, options.Owner), token, context)).ConfigureAwait(false);
            old = old with { Arn = live.IdentityProviderConfigArn, Status = live.Status };
        }
        var tagsAll = await SyncTags(old.Arn!, wanted, context).ConfigureAwait(false);
        return old with { Args = args, TagsAll = tagsAll };
    }

    protected override async Task DeleteLiveAsync(string id, IdentityProviderConfigArgs? args, IdentityProviderConfigState? state,
        OperationContext context)
    {
        var configId = IdentityProviderConfigId.Parse(id);
        var eks = context.Aws.Eks;
        DisassociateIdentityProviderConfigResponse response;
        try
        {
            response = await context.RetryAsync(Describe(LifecycleStep.Delete, id), c => eks.DisassociateIdentityProviderConfigAsync(new()
            {
                ClusterName = configId.ClusterName,
                IdentityProviderConfig = new IdentityProviderConfig { Type = "oidc", Name = configId.ConfigName },
            }, c)).ConfigureAwait(false);
        }
        catch (Exception e) when (EksErrors.IsGone(e))
        {
            return;
        }
        if (response.Update?.Id is { } updateId)
            await context.WaitAsync($"update {updateId} of cluster {configId.ClusterName}",
                c => EksUpdates.ObserveUpdate(eks, configId.ClusterName, updateId, c)).ConfigureAwait(false);
        await context.WaitAsync($"identity provider config {configId} to be gone", c => EksUpdates.ObserveGone(eks, configId, c), lookNow: true)
            .ConfigureAwait(false);
    }

    /// <summary>Makes the live tags equal <paramref name="wanted"/>; tags given at associate time may be missing
    /// (aws-controllers-k8s/community issue 1143), so they are checked after create too.</summary>
    private Task<IReadOnlyDictionary<string, string>> SyncTags(string arn, IReadOnlyDictionary<string, string> wanted, OperationContext context)
    {
        var eks = context.Aws.Eks;
        return TagSync.SyncAsync(new TagSync.TagApi(
            async c => (await eks.ListTagsForResourceAsync(new() { ResourceArn = arn }, c).ConfigureAwait(false)).Tags,
            (tags, c) => eks.TagResourceAsync(new() { ResourceArn = arn, Tags = tags }, c),
            (keys, c) => eks.UntagResourceAsync(new() { ResourceArn = arn, TagKeys = keys }, c)), wanted, arn, context);
    }
}
