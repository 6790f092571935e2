using AwsIdentity.Core.Config;
using AwsIdentity.Core.Model;
using AwsIdentity.Core.Values;
using AwsIdentity.Core.Waiting;

namespace AwsIdentity.Core.Resources.LicenseManager;

/// <summary>
/// What the LMUS resources of one directory user share (UserAssociation, ProductSubscription): standard tags, the
/// LMUS retry rules, names compared as AD and DNS compare them (UserAssociationIdentity.Names: both take the same
/// username, domain and identityProvider inputs), every replacement deleting first (AWS keeps one association per user
/// and instance, and one subscription per user, product and directory; UserAssociationIdentity.ReplacementDeletesFirst
/// says why even a replacement that may not be the same object does), and an update that changes tags only.
/// </summary>
public abstract class LmusUserHandler<TArgs, TState>(ProviderContext provider, ResourceServices services, ResourceModel model,
    RecordShape<TArgs> argsShape, RecordShape<TState> stateShape)
    : ResourceHandler<TArgs, TState>(provider, services)
    where TArgs : class, new() where TState : class, ISettledState, new()
{
    public sealed override string Token => model.Token;
    protected sealed override RecordShape<TArgs> ArgsShape => argsShape;
    protected sealed override RecordShape<TState> StateShape => stateShape;
    public sealed override ResourceModel Model => model;
    protected override TagCapability Tagging => TagCapability.Standard;
    protected override RetryRules Retry => LmusErrors.Rules;
    protected override bool DeleteBeforeReplace(ObjectValue olds, ObjectValue news) => UserAssociationIdentity.ReplacementDeletesFirst;
    protected override SameForAws SameForAws => UserAssociationIdentity.Names;
    protected override SameForAws SameInAwsAnswer => UserAssociationIdentity.InAwsAnswer;

    /// <summary>Waits until a create that was interrupted (partial state) is done, and returns the state it reached.</summary>
    protected abstract Task<TState> FinishCreateAsync(TArgs args, TState old, OperationContext context);

    /// <summary>The object's ARN in a settled state, which tags are set on.</summary>
    protected abstract string ArnOf(TState state);

    /// <summary>The resource's own tags.</summary>
    protected abstract IReadOnlyDictionary<string, string>? TagsOf(TArgs args);

    /// <summary>The state after an update to <paramref name="args"/> with these tags.</summary>
    protected abstract TState Updated(TState old, TArgs args, IReadOnlyDictionary<string, string> tagsAll);

    protected sealed override async Task<TState> UpdateLiveAsync(string id, TArgs args, TState old, CreateOptions options, OperationContext context)
    {
        if (!old.IsSettled) old = await FinishCreateAsync(args, old, context).ConfigureAwait(false);
        var tagsAll = await LmusTags.SyncAsync(ArnOf(old), Tags.Merge(Provider.DefaultTags, TagsOf(args)), context).ConfigureAwait(false);
        return Updated(old, args, tagsAll);
    }
}
