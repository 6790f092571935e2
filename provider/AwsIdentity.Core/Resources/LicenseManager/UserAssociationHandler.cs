using AwsIdentity.Aws.LicenseManagerUserSubscriptions.Model;
using AwsIdentity.Core.Config;
using AwsIdentity.Core.Operations;
using AwsIdentity.Core.Model;
using AwsIdentity.Core.Values;
using AwsIdentity.Core.Waiting;

namespace AwsIdentity.Core.Resources.LicenseManager;

/// <summary>
/// awsidentity:licensemanager:UserAssociation. Create calls AssociateUser and waits for ASSOCIATED; Read finds the
/// association through a shared per-instance listing; Update changes tags only; Delete disassociates and waits.
/// </summary>
public sealed class UserAssociationHandler(ProviderContext provider, ResourceServices services, AssociationLookup lookup)
    : ResourceHandler<UserAssociationArgs, UserAssociationState>(provider)
{
    public static readonly TimeSpan DefaultTimeout = UserAssociationModel.Resource.DefaultTimeouts.Create;

    public override string Token => UserAssociationState.Token;
    protected override RecordShape<UserAssociationArgs> ArgsShape => UserAssociationArgs.Shape;
    protected override RecordShape<UserAssociationState> StateShape => UserAssociationState.Shape;
    public override ResourceModel Model => UserAssociationModel.Resource;

    protected override bool DeleteBeforeReplace(ObjectValue olds, ObjectValue news) => UserAssociationIdentity.ReplacementDeletesFirst;
    protected override SameForAws SameForAws => UserAssociationIdentity.Names;
    protected override SameForAws SameInAwsAnswer => UserAssociationIdentity.InAwsAnswer;

    protected override async Task<CreateResult> CreateLiveAsync(CreateRequest request, CancellationToken ct)
    {
        var args = ArgsShape.Decode(request.Inputs);
        var id = UserAssociationId.Of(args);
        var action = $"associating user {id.Username} with instance {id.InstanceId}";
        var tagsAll = Tags.Merge(Provider.DefaultTags, args.Tags);
        var clock = services.Start(request.Urn, request.Timeout, DefaultTimeout);
        var lmus = services.Aws.LicenseManager;
        var idp = UserAssociationMapping.Expand(args.IdentityProvider);
        lookup.Invalidate(id.InstanceId, id.DirectoryId);

        InstanceUserSummary? started;
        var adopted = false;
        try
        {
            started = await services.Retrier.RunAsync(action, request.Urn, clock.Deadline, async c =>
            {
                try
                {
                    return (await lmus.AssociateUserAsync(new()
                    {
                        Username = args.Username,
                        InstanceId = args.InstanceId,
                        IdentityProvider = idp,
                        Domain = args.Domain,
                        Tags = Ownership.Marked(tagsAll, request.Owner) is { Count: > 0 } marked ? marked.ToDictionary() : null,
                    }, c).ConfigureAwait(false)).InstanceUserSummary;
                }
                catch (ConflictException)
                {
                    // Our own earlier attempt (an engine retry, or a provider restarted mid-create) may already have
                    // associated this user: carry on with it rather than fail or associate twice. Anyone else's is refused.
                    if (await UserAssociationAdoption.FindOwnAsync(lmus, args, idp, request, c).ConfigureAwait(false) is not { } existing) throw;
                    adopted = true;
                    await services.Log.LogAsync(OperationLogLevel.Warning,
                        $"{action}: the user is already {existing.Status} on this instance; adopting that association", request.Urn,
                        cancellationToken: c).ConfigureAwait(false);
                    return existing;
                }
            }, LmusErrors.RetryReason, ct).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            throw new InvalidOperationException($"{action}: {e.Message}", e);
        }

        // The association exists in AWS from here on: every failure keeps it in state (no orphans).
        var state = UserAssociationState.Of(args, started, tagsAll);
        using var waiting = lookup.Waiting(id);
        try
        {
            var live = await services.Waiter.WaitAsync(clock.Wait($"user {id.Username} on {id.InstanceId} to be ASSOCIATED", LmusErrors.IsTransient),
                c => UserAssociationWaits.ObserveAssociated(c2 => lookup.FindForWait(lmus, id, idp, c2), c), ct).ConfigureAwait(false);
            state = UserAssociationState.Of(args, live, tagsAll);
            // AssociateUser applied tagsAll itself (AssociateUserRequest.Tags). Only an adopted association (made by an
            // earlier attempt, perhaps with other tags) needs its tags brought in line.
            if (adopted) state = state with { TagsAll = await SyncTags(state.InstanceUserArn!, tagsAll, clock, ct).ConfigureAwait(false) };
            return new CreateResult(id.ToString(), WriteOutputs(state, request.Inputs));
        }
        catch (Exception e)
        {
            throw Started(id.ToString(), state, request.Inputs, action, "association", e);
        }
    }

    public override async Task<ReadResult> ReadAsync(ReadRequest request, CancellationToken ct)
    {
        var id = UserAssociationId.Parse(request.Id);
        var lmus = services.Aws.LicenseManager;
        InstanceUserSummary? live;
        try
        {
            live = await services.ReadAsync($"reading association {id}", request.Urn, c => lookup.FindShared(lmus, id, c), LmusErrors.IsTransient, ct)
                .ConfigureAwait(false);
        }
        catch (ResourceNotFoundException)
        {
            return ReadResult.Gone; // the instance or the directory is gone, and the association with it
        }
        if (live is null || LmusErrors.Is(live.Status, "DISASSOCIATED")) return ReadResult.Gone;

        IReadOnlyDictionary<string, string>? liveTags = null;
        if (live.InstanceUserArn is { } arn)
        {
            try
            {
                liveTags = Ownership.Hide((await services.ReadAsync($"reading tags of {arn}", request.Urn,
                    c => lmus.ListTagsForResourceAsync(new() { ResourceArn = arn }, c), LmusErrors.IsTransient, ct).ConfigureAwait(false)).Tags);
            }
            catch (ResourceNotFoundException)
            {
                return ReadResult.Gone;
            }
        }
        var previous = request.Inputs is { } inputs ? ArgsShape.Read(inputs, PropertyPath.Root, []) : null;
        var args = new UserAssociationArgs
        {
            Username = live.Username ?? id.Username,
            InstanceId = live.InstanceId ?? id.InstanceId,
            IdentityProvider = UserAssociationMapping.Flatten(live.IdentityProvider, id.DirectoryId),
            Domain = live.Domain ?? id.Domain,
            Tags = TagSync.OwnTags(liveTags, Provider.DefaultTags, previous?.Tags),
        };
        var state = UserAssociationState.Of(args, live, Tags.Merge(null, liveTags));
        var newInputs = InputsFromRead(ArgsShape.WriteObject(args), request.Inputs);
        return new ReadResult(id.ToString(), WriteOutputs(state, newInputs), newInputs);
    }

    protected override async Task<ObjectValue> UpdateLiveAsync(UpdateRequest request, CancellationToken ct)
    {
        var args = ArgsShape.Decode(request.News);
        var old = StateShape.Read(request.OldOutputs, PropertyPath.Root, []) ?? new UserAssociationState();
        var clock = services.Start(request.Urn, request.Timeout, DefaultTimeout);
        if (!old.IsSettled)
        {
            // A create that was interrupted (partial state): finish the association before touching tags.
            var live = await services.Waiter.WaitAsync(clock.Wait($"user {args.Username} on {args.InstanceId} to be ASSOCIATED", LmusErrors.IsTransient),
                c => UserAssociationWaits.ObserveAssociated(services.Aws.LicenseManager, args.InstanceId,
                    UserAssociationMapping.Expand(args.IdentityProvider), args.Username, args.Domain, c), ct).ConfigureAwait(false);
            old = UserAssociationState.Of(args, live, old.TagsAll ?? new Dictionary<string, string>());
        }
        var tagsAll = await SyncTags(old.InstanceUserArn!, Tags.Merge(Provider.DefaultTags, args.Tags), clock, ct).ConfigureAwait(false);
        return WriteOutputs(old with { Args = args, TagsAll = tagsAll }, request.News);
    }

    public override async Task DeleteAsync(DeleteRequest request, CancellationToken ct)
    {
        var id = UserAssociationId.Parse(request.Id);
        var action = $"disassociating user {id.Username} from instance {id.InstanceId}";
        // A partial create may have left no instanceUserArn: read the inputs part of the state on its own.
        var args = ArgsShape.Read(InputsOf(request.Outputs), PropertyPath.Root, []);
        var instanceUserArn = (request.Outputs["instanceUserArn"]?.Reveal() as StringValue)?.Value;
        var idp = args?.IdentityProvider.ActiveDirectoryIdentityProvider is not null
            ? UserAssociationMapping.Expand(args.IdentityProvider)
            : UserAssociationMapping.ForDirectory(id.DirectoryId);
        var clock = services.Start(request.Urn, request.Timeout, DefaultTimeout);
        var lmus = services.Aws.LicenseManager;
        lookup.Invalidate(id.InstanceId, id.DirectoryId);
        try
        {
            // By ARN when the state has it; else by user, instance and identity provider (a partial create).
            await services.Retrier.RunAsync(action, request.Urn, clock.Deadline, c => lmus.DisassociateUserAsync(
                instanceUserArn is { } arn
                    ? new DisassociateUserRequest { InstanceUserArn = arn }
                    : new DisassociateUserRequest { Username = id.Username, InstanceId = id.InstanceId, IdentityProvider = idp, Domain = id.Domain },
                c), LmusErrors.RetryReason, ct).ConfigureAwait(false);
            using var waiting = lookup.Waiting(id);
            await services.Waiter.WaitAsync(clock.Wait($"user {id.Username} on {id.InstanceId} to be DISASSOCIATED", LmusErrors.IsTransient),
                c => UserAssociationWaits.ObserveGone(c2 => lookup.FindForWait(lmus, id, idp, c2), c), ct).ConfigureAwait(false);
        }
        catch (ResourceNotFoundException)
        {
            // Already gone: deleted out of band, or the instance/directory went first.
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            throw new InvalidOperationException($"{action}: {e.Message}", e);
        }
    }

    private Task<IReadOnlyDictionary<string, string>> SyncTags(string arn, IReadOnlyDictionary<string, string> wanted,
        OperationClock clock, CancellationToken ct)
    {
        var lmus = services.Aws.LicenseManager;
        var api = new TagSync.TagApi(
            async c => (await lmus.ListTagsForResourceAsync(new() { ResourceArn = arn }, c).ConfigureAwait(false)).Tags,
            (tags, c) => lmus.TagResourceAsync(new() { ResourceArn = arn, Tags = tags }, c),
            (keys, c) => lmus.UntagResourceAsync(new() { ResourceArn = arn, TagKeys = keys }, c));
        return TagSync.SyncAsync(api, wanted, arn, services.Retrier, clock, LmusErrors.RetryReason, ct);
    }
}
