using AwsIdentity.Aws.LicenseManagerUserSubscriptions.Model;
using AwsIdentity.Core.Config;
using AwsIdentity.Core.Model;
using AwsIdentity.Core.Values;
using AwsIdentity.Core.Waiting;

namespace AwsIdentity.Core.Resources.LicenseManager;

/// <summary>
/// awsidentity:licensemanager:UserAssociation. Create calls AssociateUser and waits for ASSOCIATED; Read finds the
/// association through a shared per-instance listing; Update changes tags only; Delete disassociates and waits.
/// </summary>
public sealed class UserAssociationHandler(ProviderContext provider, ResourceServices services, AssociationLookup lookup)
    : ResourceHandler<UserAssociationArgs, UserAssociationState>(provider, services)
{
    public static readonly TimeSpan DefaultTimeout = UserAssociationModel.Resource.DefaultTimeouts.Create;

    public override string Token => UserAssociationState.Token;
    protected override RecordShape<UserAssociationArgs> ArgsShape => UserAssociationArgs.Shape;
    protected override RecordShape<UserAssociationState> StateShape => UserAssociationState.Shape;
    public override ResourceModel Model => UserAssociationModel.Resource;
    protected override TagCapability Tagging => TagCapability.Standard;
    protected override RetryRules Retry => LmusErrors.Rules;

    protected override bool DeleteBeforeReplace(ObjectValue olds, ObjectValue news) => UserAssociationIdentity.ReplacementDeletesFirst;
    protected override SameForAws SameForAws => UserAssociationIdentity.Names;
    protected override SameForAws SameInAwsAnswer => UserAssociationIdentity.InAwsAnswer;

    protected override string IdOf(UserAssociationArgs args) => UserAssociationId.Of(args).ToString();

    protected override string Describe(LifecycleStep step, string id) => step switch
    {
        LifecycleStep.Create => UserAssociationId.Parse(id) is var c ? $"associating user {c.Username} with instance {c.InstanceId}" : "",
        LifecycleStep.Delete => UserAssociationId.Parse(id) is var d ? $"disassociating user {d.Username} from instance {d.InstanceId}" : "",
        LifecycleStep.Read => $"reading association {id}",
        _ => $"updating association {id}",
    };

    protected override async Task<UserAssociationState> CreateLiveAsync(UserAssociationArgs args, CreateOptions options, OperationContext context)
    {
        var id = UserAssociationId.Of(args);
        var tagsAll = Tags.Merge(Provider.DefaultTags, args.Tags);
        var idp = UserAssociationMapping.Expand(args.IdentityProvider);
        lookup.Invalidate(id.InstanceId, id.DirectoryId);

        var (started, adopted) = await LmusCreation.StartAsync(context, Describe(LifecycleStep.Create, id.ToString()),
            async c => (await context.Aws.Lmus.AssociateUserAsync(new()
            {
                Username = args.Username,
                InstanceId = args.InstanceId,
                IdentityProvider = idp,
                Domain = args.Domain,
                Tags = LmusCreation.Tags(tagsAll, options.Owner),
            }, c).ConfigureAwait(false)).InstanceUserSummary,
            c => UserAssociationAdoption.FindOwnAsync(context.Aws.Lmus, args, idp, options, c),
            existing => $"the user is already {existing.Status} on this instance; adopting that association").ConfigureAwait(false);

        // The association exists in AWS from here on: every failure keeps it in state (no orphans).
        var state = UserAssociationState.Of(args, started, tagsAll);
        using var waiting = lookup.Waiting(id);
        try
        {
            var live = await context.WaitAsync($"user {id.Username} on {id.InstanceId} to be ASSOCIATED",
                c => UserAssociationWaits.ObserveAssociated(c2 => lookup.FindForWait(context.Aws.Lmus, id, idp, c2), c)).ConfigureAwait(false);
            state = UserAssociationState.Of(args, live, tagsAll);
            // AssociateUser applied tagsAll itself (AssociateUserRequest.Tags). Only an adopted association (made by an
            // earlier attempt, perhaps with other tags) needs its tags brought in line.
            return adopted ? state with { TagsAll = await LmusTags.SyncAsync(state.InstanceUserArn!, tagsAll, context).ConfigureAwait(false) } : state;
        }
        catch (Exception e)
        {
            throw new StartedException(state, "association", e);
        }
    }

    protected override async Task<Found<UserAssociationArgs, UserAssociationState>?> ReadLiveAsync(string id, UserAssociationArgs? previous,
        OperationContext context)
    {
        var associationId = UserAssociationId.Parse(id);
        InstanceUserSummary? live;
        try
        {
            live = await context.RetryAsync($"reading association {associationId}", c => lookup.FindShared(context.Aws.Lmus, associationId, c)).ConfigureAwait(false);
        }
        catch (ResourceNotFoundException)
        {
            return null; // the instance or the directory is gone, and the association with it
        }
        if (live is null || LmusErrors.Is(live.Status, "DISASSOCIATED")) return null;

        var (found, liveTags) = await LmusTags.ReadAsync(live.InstanceUserArn, context).ConfigureAwait(false);
        if (!found) return null;
        var args = new UserAssociationArgs
        {
            Username = live.Username ?? associationId.Username,
            InstanceId = live.InstanceId ?? associationId.InstanceId,
            IdentityProvider = UserAssociationMapping.Flatten(live.IdentityProvider, associationId.DirectoryId),
            Domain = live.Domain ?? associationId.Domain,
            Tags = TagSync.OwnTags(liveTags, Provider.DefaultTags, previous?.Tags),
        };
        return new(associationId.ToString(), args, UserAssociationState.Of(args, live, Tags.Merge(null, liveTags)));
    }

    protected override async Task<UserAssociationState> UpdateLiveAsync(string id, UserAssociationArgs args, UserAssociationState old,
        CreateOptions options, OperationContext context)
    {
        if (!old.IsSettled)
        {
            // A create that was interrupted (partial state): finish the association before touching tags.
            var live = await context.WaitAsync($"user {args.Username} on {args.InstanceId} to be ASSOCIATED",
                c => UserAssociationWaits.ObserveAssociated(context.Aws.Lmus, args.InstanceId,
                    UserAssociationMapping.Expand(args.IdentityProvider), args.Username, args.Domain, c)).ConfigureAwait(false);
            old = UserAssociationState.Of(args, live, old.TagsAll ?? new Dictionary<string, string>());
        }
        var tagsAll = await LmusTags.SyncAsync(old.InstanceUserArn!, Tags.Merge(Provider.DefaultTags, args.Tags), context).ConfigureAwait(false);
        return old with { Args = args, TagsAll = tagsAll };
    }

    protected override async Task DeleteLiveAsync(string id, UserAssociationArgs? args, UserAssociationState? state, OperationContext context)
    {
        var associationId = UserAssociationId.Parse(id);
        // A partial create may have left no instanceUserArn: then the user, instance and identity provider say which.
        var idp = args?.IdentityProvider.ActiveDirectoryIdentityProvider is not null
            ? UserAssociationMapping.Expand(args.IdentityProvider)
            : UserAssociationMapping.ForDirectory(associationId.DirectoryId);
        lookup.Invalidate(associationId.InstanceId, associationId.DirectoryId);
        try
        {
            await context.RetryAsync(Describe(LifecycleStep.Delete, id), c => context.Aws.Lmus.DisassociateUserAsync(
                state?.InstanceUserArn is { } arn
                    ? new DisassociateUserRequest { InstanceUserArn = arn }
                    : new DisassociateUserRequest
                    {
                        Username = associationId.Username, InstanceId = associationId.InstanceId, IdentityProvider = idp, Domain = associationId.Domain,
                    },
                c)).ConfigureAwait(false);
            using var waiting = lookup.Waiting(associationId);
            await context.WaitAsync($"user {associationId.Username} on {associationId.InstanceId} to be DISASSOCIATED",
                c => UserAssociationWaits.ObserveGone(c2 => lookup.FindForWait(context.Aws.Lmus, associationId, idp, c2), c)).ConfigureAwait(false);
        }
        catch (ResourceNotFoundException)
        {
            // Already gone: deleted out of band, or the instance/directory went first.
        }
    }
}
