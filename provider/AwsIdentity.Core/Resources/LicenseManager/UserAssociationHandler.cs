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
    : LmusUserHandler<UserAssociationArgs, UserAssociationState>(provider, services,
        UserAssociationModel.Resource, UserAssociationArgs.Shape, UserAssociationState.Shape)
{
    public static readonly TimeSpan DefaultTimeout = UserAssociationModel.Resource.DefaultTimeouts.Create;

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

        var action = Describe(LifecycleStep.Create, id.ToString());
        var (started, adopted) = await LmusCreation.StartAsync(context, action,
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
        using var waiting = lookup.Waiting(id);
        // AssociateUser applied tagsAll itself (AssociateUserRequest.Tags). Only an adopted association (made by an
        // earlier attempt, perhaps with other tags) needs its tags brought in line.
        return await LmusLifecycle.FinishAsync(context, $"user {id.Username} on {id.InstanceId} to be ASSOCIATED", "association",
            UserAssociationState.Of(args, started, tagsAll),
            c => UserAssociationWaits.ObserveAssociated(c2 => lookup.FindForWait(context.Aws.Lmus, id, idp, c2), c),
            live => UserAssociationState.Of(args, live, tagsAll),
            adopted ? async state => state with { TagsAll = await LmusTags.SyncAsync(ArnOf(state), tagsAll, context).ConfigureAwait(false) } : null)
            .ConfigureAwait(false);
    }

    protected override async Task<Found<UserAssociationArgs, UserAssociationState>?> ReadLiveAsync(string id, UserAssociationArgs? previous,
        OperationContext context)
    {
        var associationId = UserAssociationId.Parse(id);
        if (await LmusRead.FindAsync(context, $"reading association {associationId}", c => lookup.FindShared(context.Aws.Lmus, associationId, c),
                s => UserAssociationWaits.Statuses.IsGone(s.Status), s => s.InstanceUserArn).ConfigureAwait(false) is not ({ } live, var liveTags))
            return null;
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

    protected override async Task<UserAssociationState> FinishCreateAsync(UserAssociationArgs args, UserAssociationState old, OperationContext context)
    {
        var live = await context.WaitAsync($"user {args.Username} on {args.InstanceId} to be ASSOCIATED",
            c => UserAssociationWaits.ObserveAssociated(context.Aws.Lmus, args.InstanceId,
                UserAssociationMapping.Expand(args.IdentityProvider), args.Username, args.Domain, c)).ConfigureAwait(false);
        return UserAssociationState.Of(args, live, old.TagsAll ?? new Dictionary<string, string>());
    }

    protected override string ArnOf(UserAssociationState state) => state.InstanceUserArn!;
    protected override IReadOnlyDictionary<string, string>? TagsOf(UserAssociationArgs args) => args.Tags;
    protected override UserAssociationState Updated(UserAssociationState old, UserAssociationArgs args, IReadOnlyDictionary<string, string> tagsAll) =>
        old with { Args = args, TagsAll = tagsAll };

    protected override async Task DeleteLiveAsync(string id, UserAssociationArgs? args, UserAssociationState? state, OperationContext context)
    {
        var associationId = UserAssociationId.Parse(id);
        // A partial create may have left no instanceUserArn: then the user, instance and identity provider say which.
        var idp = UserAssociationMapping.ExpandOrDirectory(args?.IdentityProvider, associationId.DirectoryId);
        lookup.Invalidate(associationId.InstanceId, associationId.DirectoryId);
        await LmusLifecycle.RemoveAsync(context, Describe(LifecycleStep.Delete, id), c => context.Aws.Lmus.DisassociateUserAsync(
                state?.InstanceUserArn is { } arn
                    ? new DisassociateUserRequest { InstanceUserArn = arn }
                    : new DisassociateUserRequest
                    {
                        Username = associationId.Username, InstanceId = associationId.InstanceId, IdentityProvider = idp, Domain = associationId.Domain,
                    },
                c),
            $"user {associationId.Username} on {associationId.InstanceId} to be DISASSOCIATED",
            c => UserAssociationWaits.ObserveGone(c2 => lookup.FindForWait(context.Aws.Lmus, associationId, idp, c2), c),
            () => lookup.Waiting(associationId)).ConfigureAwait(false);
    }
}
