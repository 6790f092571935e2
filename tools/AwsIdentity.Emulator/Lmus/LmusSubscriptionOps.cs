using System.Text.Json.Nodes;
using AwsIdentity.Emulator.State;
using AwsIdentity.Emulator.Wire;

namespace AwsIdentity.Emulator.Lmus;

/// <summary>StartProductSubscription, StopProductSubscription, ListProductSubscriptions.</summary>
public static class LmusSubscriptionOps
{
    private static IEnumerable<SubscriptionRecord> Matching(
        StateData state, string username, string directoryId, string product, string? domain) =>
        state.Subscriptions.Where(s => s.DirectoryId == directoryId && s.Product == product &&
            LmusUsers.Same(s.Username, s.Domain, username, domain));

    /// <summary>Needs the directory registered for the product; one live subscription per user, product and
    /// directory; PENDING, then SUBSCRIBED (LmusStatus.cs).</summary>
    public static JsonObject Start(OperationContext ctx)
    {
        var req = ctx.Request;
        var state = ctx.State;
        var username = req.Str("Username")!;
        var provider = req.Obj("IdentityProvider")!;
        var directoryId = LmusRules.DirectoryId(provider);
        var product = req.Str("Product")!;
        var domain = req.Str("Domain");
        var echo = state.Echo;
        LmusUsers.CheckUsername(username);
        LmusRules.CheckRegistered(state, directoryId, product);
        var earlier = Matching(state, username, directoryId, product, domain ?? echo.DefaultDomain).ToList();
        LmusUsers.ReplaceFinished(state, state.Subscriptions, earlier, s => !LmusSubscriptionRules.IsLive(s), s => s.Arn,
            live => $"User {username} already has a subscription to {product} on identity provider {directoryId} in status {live.Status}.");
        return new JsonObject
        {
            ["ProductUserSummary"] = LmusJson.Subscription(LmusUsers.Add(ctx, state.Subscriptions, state.PendingSubscriptionFailures,
                new SubscriptionRecord { DirectoryId = directoryId, Product = product, Status = LmusStatus.Subscribing, StartDate = ctx.Now },
                "product-user")),
        };
    }

    /// <summary>Stopping, then stopped with a SubscriptionEndDate (LmusStatus.cs); the stopped record stays listed.</summary>
    public static JsonObject Stop(OperationContext ctx)
    {
        var req = ctx.Request;
        Func<SubscriptionRecord?>? byKeys = null;
        if (req.Str("Username") is { } username && req.Obj("IdentityProvider") is { } provider && req.Str("Product") is { } product)
        {
            byKeys = () => Matching(ctx.State, username, LmusRules.DirectoryId(provider), product, req.Str("Domain") ?? ctx.State.Echo.DefaultDomain)
                .LastOrDefault(s => s.Status != LmusStatus.Stopped);
        }

        var record = LmusUsers.Find(ctx, ctx.State.Subscriptions, "ProductUserArn", byKeys, "Username, IdentityProvider and Product");
        var ended = LmusUsers.BeginEnd(ctx, record, r => r.Status == LmusStatus.Stopped, "The product subscription was not found.",
            [LmusStatus.Subscribing, LmusStatus.Stopping], r => $"User {r.Username} subscription to {r.Product}",
            r => LmusSubscriptionRules.CheckNotAssociated(ctx.State, r), LmusStatus.Stopping);
        return new JsonObject { ["ProductUserSummary"] = LmusJson.Subscription(ended) };
    }

    public static JsonObject List(OperationContext ctx)
    {
        var req = ctx.Request;
        var state = ctx.State;
        var directoryId = LmusRules.DirectoryId(req.Obj("IdentityProvider"));
        var product = req.Str("Product");
        LmusRules.CheckRegistered(state, directoryId, product);
        var attributes = new Dictionary<string, Func<SubscriptionRecord, string?>>
        {
            ["Username"] = s => s.Username,
            ["Status"] = s => s.Status,
            ["Domain"] = s => s.Domain,
        };
        var scoped = state.Subscriptions.Where(s => s.DirectoryId == directoryId && (product is null || s.Product == product));
        var items = LmusFilters.Apply(scoped, req.Input["Filters"], attributes).ToList();
        var (page, next) = Paging.Page(items, req.Int("MaxResults"), req.Str("NextToken"), 50, LmusRules.Invalid);
        return LmusJson.Page("ProductUserSummaries", page.Select(LmusJson.Subscription), next);
    }
}
