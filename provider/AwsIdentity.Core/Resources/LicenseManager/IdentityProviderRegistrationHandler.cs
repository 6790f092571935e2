using AwsIdentity.Aws.LicenseManagerUserSubscriptions.Model;
using AwsIdentity.Core.Config;
using AwsIdentity.Core.Model;
using AwsIdentity.Core.Values;
using AwsIdentity.Core.Waiting;

namespace AwsIdentity.Core.Resources.LicenseManager;

/// <summary>
/// awsidentity:licensemanager:IdentityProviderRegistration. Create calls RegisterIdentityProvider and waits until the
/// directory is REGISTERED; Read finds the registration in a shared ListIdentityProviders listing; Update changes the
/// settings (UpdateIdentityProviderSettings) and tags in place; Delete deregisters and waits until it is gone.
/// </summary>
public sealed class IdentityProviderRegistrationHandler(ProviderContext provider, ResourceServices services)
    : ResourceHandler<IdentityProviderRegistrationArgs, IdentityProviderRegistrationState>(provider, services)
{
    private readonly RegistrationLookup _lookup = new(services.Time);

    public override string Token => IdentityProviderRegistrationState.Token;
    protected override RecordShape<IdentityProviderRegistrationArgs> ArgsShape => IdentityProviderRegistrationArgs.Shape;
    protected override RecordShape<IdentityProviderRegistrationState> StateShape => IdentityProviderRegistrationState.Shape;
    public override ResourceModel Model => IdentityProviderRegistrationModel.Resource;
    protected override TagCapability Tagging => TagCapability.Standard;
    protected override RetryRules Retry => LmusErrors.Rules;

    /// <summary>AWS allows one registration per directory and product, so a new one can only follow the old one's removal.</summary>
    protected override bool DeleteBeforeReplace(ObjectValue olds, ObjectValue news) => true;
    protected override SameForAws SameForAws => UserAssociationIdentity.Directory;

    protected override string IdOf(IdentityProviderRegistrationArgs args) => IdentityProviderRegistrationId.Of(args).ToString();

    protected override string Describe(LifecycleStep step, string id) => step switch
    {
        LifecycleStep.Create => IdentityProviderRegistrationId.Parse(id) is var c ? $"registering directory {c.DirectoryId} for {c.Product}" : "",
        LifecycleStep.Delete => IdentityProviderRegistrationId.Parse(id) is var d ? $"deregistering directory {d.DirectoryId} from {d.Product}" : "",
        LifecycleStep.Read => $"reading registration {id}",
        _ => $"updating registration {id}",
    };

    protected override async Task<IdentityProviderRegistrationState> CreateLiveAsync(IdentityProviderRegistrationArgs args, CreateOptions options,
        OperationContext context)
    {
        var id = IdentityProviderRegistrationId.Of(args);
        var tagsAll = Tags.Merge(Provider.DefaultTags, args.Tags);
        var lmus = context.Aws.Lmus;
        _lookup.Invalidate(lmus);

        var (started, adopted) = await LmusCreation.StartAsync(context, Describe(LifecycleStep.Create, id.ToString()),
            async c => (await lmus.RegisterIdentityProviderAsync(new()
            {
                IdentityProvider = UserAssociationMapping.Expand(args.IdentityProvider),
                Product = args.Product,
                Settings = IdentityProviderRegistrationMapping.Expand(args.Settings),
                Tags = LmusCreation.Tags(tagsAll, options.Owner),
            }, c).ConfigureAwait(false)).IdentityProviderSummary,
            // None listed, or one on its way out: a deregistration is in flight, and AWS is asked again.
            c => IdentityProviderRegistrationAdoption.FindOwnAsync(lmus, id, options, c),
            existing => $"the directory is already {existing.Status} for this product; adopting that registration").ConfigureAwait(false);

        // The registration exists in AWS from here on: every failure keeps it in state (no orphans). RegisterIdentityProvider
        // applied tagsAll and the settings itself; an adopted registration (made by an earlier attempt, perhaps with other
        // tags or settings) needs both brought in line.
        using var waiting = _lookup.Waiting(lmus);
        return await LmusLifecycle.FinishAsync(context, WaitingForRegistered(id), "registration",
            IdentityProviderRegistrationState.Of(args, started, tagsAll),
            c => ObserveRegistered(id, context, c),
            live => IdentityProviderRegistrationState.Of(args, live, tagsAll),
            adopted ? async state =>
            {
                state = await ApplySettingsAsync(id, args, state, context).ConfigureAwait(false);
                return state with { TagsAll = await LmusTags.SyncAsync(state.IdentityProviderArn!, tagsAll, context).ConfigureAwait(false) };
            } : null).ConfigureAwait(false);
    }

    protected override async Task<Found<IdentityProviderRegistrationArgs, IdentityProviderRegistrationState>?> ReadLiveAsync(string id,
        IdentityProviderRegistrationArgs? previous, OperationContext context)
    {
        var registrationId = IdentityProviderRegistrationId.Parse(id);
        if (await LmusRead.FindAsync(context, $"reading registration {registrationId}", c => _lookup.FindShared(context.Aws.Lmus, registrationId, c),
                s => RegistrationStatus.IsGone(s.Status), s => s.IdentityProviderArn).ConfigureAwait(false) is not ({ } live, var liveTags))
            return null;
        var args = new IdentityProviderRegistrationArgs
        {
            IdentityProvider = UserAssociationMapping.Flatten(live.IdentityProvider, registrationId.DirectoryId),
            Product = live.Product ?? registrationId.Product,
            Settings = IdentityProviderRegistrationMapping.Flatten(live.Settings),
            Tags = TagSync.OwnTags(liveTags, Provider.DefaultTags, previous?.Tags),
        };
        return new(registrationId.ToString(), args, IdentityProviderRegistrationState.Of(args, live, Tags.Merge(null, liveTags)));
    }

    protected override async Task<IdentityProviderRegistrationState> UpdateLiveAsync(string id, IdentityProviderRegistrationArgs args,
        IdentityProviderRegistrationState old, CreateOptions options, OperationContext context)
    {
        var registrationId = IdentityProviderRegistrationId.Parse(id);
        var tagsAll = Tags.Merge(Provider.DefaultTags, args.Tags);
        // A create that was interrupted (partial state): finish the registration first.
        if (!old.IsSettled)
            old = IdentityProviderRegistrationState.Of(old.Args, await WaitRegisteredAsync(registrationId, context).ConfigureAwait(false),
                old.TagsAll ?? new Dictionary<string, string>());
        var state = await ApplySettingsAsync(registrationId, args, old with { Args = args with { Settings = old.Args.Settings } }, context)
            .ConfigureAwait(false);
        return state with { TagsAll = await LmusTags.SyncAsync(state.IdentityProviderArn!, tagsAll, context).ConfigureAwait(false) };
    }

    protected override Task DeleteLiveAsync(string id, IdentityProviderRegistrationArgs? args, IdentityProviderRegistrationState? state,
        OperationContext context) =>
        new RegistrationRemoval(_lookup, context).RunAsync(IdentityProviderRegistrationId.Parse(id), args, Describe(LifecycleStep.Delete, id));

    /// <summary>
    /// Brings the live settings (in <paramref name="state"/>) to the wanted ones: only the subnets added and removed, and
    /// the security group when it changed. Wanted settings left out keep AWS's. Waits until the registration is settled again.
    /// </summary>
    private async Task<IdentityProviderRegistrationState> ApplySettingsAsync(IdentityProviderRegistrationId id, IdentityProviderRegistrationArgs args,
        IdentityProviderRegistrationState state, OperationContext context)
    {
        if (args.Settings is not { } wanted || IdentityProviderRegistrationMapping.Changes(state.Args.Settings, wanted) is not { } change) return state;
        var lmus = context.Aws.Lmus;
        _lookup.Invalidate(lmus);
        await context.RetryAsync($"updating the settings of registration {id}", c => lmus.UpdateIdentityProviderSettingsAsync(new()
        {
            IdentityProvider = UserAssociationMapping.Expand(args.IdentityProvider),
            Product = id.Product,
            UpdateSettings = change,
        }, c)).ConfigureAwait(false);
        var changed = state with { Args = state.Args with { Settings = wanted } };
        try
        {
            var live = await WaitRegisteredAsync(id, context).ConfigureAwait(false);
            // The settings AWS accepted: a listing taken at once may still show the old ones; a refresh shows AWS's.
            return changed with { Status = live.Status, FailureMessage = live.FailureMessage };
        }
        catch (Exception e)
        {
            throw new StartedException(changed, "settings change", e);
        }
    }

    private async Task<IdentityProviderSummary> WaitRegisteredAsync(IdentityProviderRegistrationId id, OperationContext context)
    {
        using var waiting = _lookup.Waiting(context.Aws.Lmus);
        return await context.WaitAsync(WaitingForRegistered(id), c => ObserveRegistered(id, context, c)).ConfigureAwait(false);
    }

    private static string WaitingForRegistered(IdentityProviderRegistrationId id) =>
        $"directory {id.DirectoryId} to be {RegistrationStatus.Registered} for {id.Product}";

    private Task<Observation<IdentityProviderSummary>> ObserveRegistered(IdentityProviderRegistrationId id, OperationContext context, CancellationToken ct) =>
        LmusWaits.ObserveReady(c => _lookup.FindForWait(context.Aws.Lmus, id, c), RegistrationStatus.Report, RegistrationStatus.Lifecycle, ct);
}
