using AwsIdentity.Aws.LicenseManagerUserSubscriptions.Model;
using AwsIdentity.Core.Config;
using AwsIdentity.Core.Model;
using AwsIdentity.Core.Values;
using AwsIdentity.Core.Waiting;

namespace AwsIdentity.Core.Resources.LicenseManager;

/// <summary>
/// awsidentity:licensemanager:ProductSubscription. Create calls StartProductSubscription and waits until the user is
/// subscribed; Read finds the subscription through a shared listing of its directory and product; Update changes tags
/// only; Delete calls StopProductSubscription and waits until the subscription is stopped or no longer listed.
/// </summary>
public sealed class ProductSubscriptionHandler(ProviderContext provider, ResourceServices services)
    : LmusUserHandler<ProductSubscriptionArgs, ProductSubscriptionState>(provider, services,
        ProductSubscriptionModel.Resource, ProductSubscriptionArgs.Shape, ProductSubscriptionState.Shape)
{
    // The handler lives as long as the provider (one per process), and so does the listing it shares.
    private readonly SubscriptionLookup _lookup = new(services.Time);

    protected override string IdOf(ProductSubscriptionArgs args) => ProductSubscriptionId.Of(args).ToString();

    protected override string Describe(LifecycleStep step, string id) => step switch
    {
        LifecycleStep.Create => ProductSubscriptionId.Parse(id) is var c ? $"subscribing user {c.Username} to {c.Product}" : "",
        LifecycleStep.Delete => ProductSubscriptionId.Parse(id) is var d ? $"stopping the {d.Product} subscription of user {d.Username}" : "",
        LifecycleStep.Read => $"reading subscription {id}",
        _ => $"updating subscription {id}",
    };

    private static string WaitingForSubscribed(ProductSubscriptionId id) =>
        $"user {id.Username}'s {id.Product} subscription to be {ProductSubscriptionStatus.Subscribed}";

    protected override async Task<ProductSubscriptionState> CreateLiveAsync(ProductSubscriptionArgs args, CreateOptions options, OperationContext context)
    {
        var id = ProductSubscriptionId.Of(args);
        var tagsAll = Tags.Merge(Provider.DefaultTags, args.Tags);
        var idp = UserAssociationMapping.Expand(args.IdentityProvider);
        _lookup.Invalidate(id);

        var (started, adopted) = await LmusCreation.StartAsync(context, Describe(LifecycleStep.Create, id.ToString()),
            async c => (await context.Aws.Lmus.StartProductSubscriptionAsync(new()
            {
                Username = args.Username,
                IdentityProvider = idp,
                Product = args.Product,
                Domain = args.Domain,
                Tags = LmusCreation.Tags(tagsAll, options.Owner),
            }, c).ConfigureAwait(false)).ProductUserSummary,
            c => ProductSubscriptionAdoption.FindOwnAsync(context.Aws.Lmus, id, idp, options, c),
            existing => $"the user is already {existing.Status} to {id.Product} in this directory; adopting that subscription").ConfigureAwait(false);

        // The subscription exists in AWS from here on (and AWS bills it): every failure keeps it in state.
        using var waiting = _lookup.Waiting(id);
        // StartProductSubscription applied tagsAll itself; only an adopted subscription needs its tags brought in line.
        return await LmusLifecycle.FinishAsync(context, WaitingForSubscribed(id), "subscription",
            ProductSubscriptionState.Of(args, started, tagsAll),
            c => LmusWaits.ObserveReady(c2 => _lookup.FindForWait(context.Aws.Lmus, id, idp, c2), ProductSubscriptionStatus.Report, ProductSubscriptionStatus.Lifecycle, c),
            live => ProductSubscriptionState.Of(args, live, tagsAll),
            adopted ? async state => state with { TagsAll = await LmusTags.SyncAsync(ArnOf(state), tagsAll, context).ConfigureAwait(false) } : null)
            .ConfigureAwait(false);
    }

    protected override async Task<Found<ProductSubscriptionArgs, ProductSubscriptionState>?> ReadLiveAsync(string id,
        ProductSubscriptionArgs? previous, OperationContext context)
    {
        var subscriptionId = ProductSubscriptionId.Parse(id);
        // A stopped subscription that AWS still lists is gone for this resource (ProductSubscriptionStatus.cs).
        if (await LmusRead.FindAsync(context, $"reading subscription {subscriptionId}", c => _lookup.FindShared(context.Aws.Lmus, subscriptionId, c),
                ProductSubscriptionStatus.IsGone, s => s.ProductUserArn).ConfigureAwait(false) is not ({ } live, var liveTags))
            return null;
        var args = new ProductSubscriptionArgs
        {
            Username = live.Username ?? subscriptionId.Username,
            IdentityProvider = UserAssociationMapping.Flatten(live.IdentityProvider, subscriptionId.DirectoryId),
            Product = live.Product ?? subscriptionId.Product,
            Domain = live.Domain ?? subscriptionId.Domain,
            Tags = TagSync.OwnTags(liveTags, Provider.DefaultTags, previous?.Tags),
        };
        return new(subscriptionId.ToString(), args, ProductSubscriptionState.Of(args, live, Tags.Merge(null, liveTags)));
    }

    protected override async Task<ProductSubscriptionState> FinishCreateAsync(ProductSubscriptionArgs args, ProductSubscriptionState old,
        OperationContext context)
    {
        var subscriptionId = ProductSubscriptionId.Of(args);
        var idp = UserAssociationMapping.Expand(args.IdentityProvider);
        var live = await context.WaitAsync(WaitingForSubscribed(subscriptionId),
            c => LmusWaits.ObserveReady(c2 => SubscriptionLookup.FindFresh(context.Aws.Lmus, idp, subscriptionId, c2),
                ProductSubscriptionStatus.Report, ProductSubscriptionStatus.Lifecycle, c)).ConfigureAwait(false);
        return ProductSubscriptionState.Of(args, live, old.TagsAll ?? new Dictionary<string, string>());
    }

    protected override string ArnOf(ProductSubscriptionState state) => state.ProductUserArn!;
    protected override IReadOnlyDictionary<string, string>? TagsOf(ProductSubscriptionArgs args) => args.Tags;
    protected override ProductSubscriptionState Updated(ProductSubscriptionState old, ProductSubscriptionArgs args,
        IReadOnlyDictionary<string, string> tagsAll) => old with { Args = args, TagsAll = tagsAll };

    protected override async Task DeleteLiveAsync(string id, ProductSubscriptionArgs? args, ProductSubscriptionState? state, OperationContext context)
    {
        var subscriptionId = ProductSubscriptionId.Parse(id);
        // A partial create may have left no productUserArn: then the user, identity provider, product and domain say which.
        var idp = UserAssociationMapping.ExpandOrDirectory(args?.IdentityProvider, subscriptionId.DirectoryId);
        _lookup.Invalidate(subscriptionId);
        var lmus = context.Aws.Lmus;
        var stop = state?.ProductUserArn is { } arn
            ? new StopProductSubscriptionRequest { ProductUserArn = arn }
            : new StopProductSubscriptionRequest
            {
                Username = subscriptionId.Username, IdentityProvider = idp, Product = subscriptionId.Product, Domain = subscriptionId.Domain,
            };
        // AWS stops a subscription only once its user is associated with no instance: the user's associations say
        // whether a conflict is that refusal (LmusRefusal.cs).
        await LmusLifecycle.RemoveAsync(context, Describe(LifecycleStep.Delete, id), c => LmusRefusal.RemoveAsync(
                c2 => lmus.StopProductSubscriptionAsync(stop, c2),
                c2 => AssociationLookup.HoldingInstancesAsync(lmus, idp, subscriptionId.Username, subscriptionId.Domain, c2),
                instances => StillAssociated(subscriptionId, instances), c),
            $"user {subscriptionId.Username}'s {subscriptionId.Product} subscription to be stopped",
            c => LmusWaits.ObserveGone(c2 => _lookup.FindForWait(context.Aws.Lmus, subscriptionId, idp, c2),
                ProductSubscriptionStatus.Report, ProductSubscriptionStatus.Lifecycle, c),
            () => _lookup.Waiting(subscriptionId)).ConfigureAwait(false);
    }

    /// <summary>Why the stop waits in vain, and what ends the wait in each engine: the association must go first, which
    /// the engines do only when it depends on the subscription (README.md, ProductSubscription).</summary>
    private static string StillAssociated(ProductSubscriptionId id, List<string> instances) =>
        "License Manager refuses to stop a subscription while its user is associated with instances: " +
        $"user {id.Username} still is with {instances.Count} through directory {id.DirectoryId} ({LmusRefusal.Names(instances)}). " +
        "Remove the user's UserAssociations first: in Pulumi, take each association's identityProvider from this subscription's " +
        "outputs (the engine then deletes the association before the subscription); in Terraform, add " +
        "`lifecycle { replace_triggered_by = [awsidentity_licensemanager_product_subscription.<name>.product_user_arn] }` to the association, " +
        "or destroy the association first (or run `aws license-manager-user-subscriptions disassociate-user`); then apply again";
}
