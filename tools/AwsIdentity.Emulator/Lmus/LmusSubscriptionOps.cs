using System.Text.Json.Nodes;
using AwsIdentity.Emulator.State;
using AwsIdentity.Emulator.Wire;

namespace AwsIdentity.Emulator.Lmus;

/// <summary>StartProductSubscription, StopProductSubscription, ListProductSubscriptions.</summary>
public static class LmusSubscriptionOps
{
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
        var failure = PendingStatusFailure.Take(state.PendingSubscriptionFailures);
        var record = new SubscriptionRecord
        {
            Arn = LmusUsers.NewArn(ctx, "product-user"),
            Username = LmusUsers.StoredName(username, echo),
            DirectoryId = directoryId,
            Product = product,
            Domain = LmusUsers.StoredDomain(domain, echo),
            IdentityProviderJson = LmusUsers.StoredProvider(provider, echo).ToJsonString(),
            Status = LmusStatus.Subscribing,
            DueAt = ctx.DueAt,
            StartDate = ctx.Now,
            PlannedFailureStatus = failure?.Status,
            PlannedFailureMessage = failure?.StatusMessage,
        };
        state.Subscriptions.Add(record);
        LmusUsers.StoreTags(ctx, record.Arn);
        return new JsonObject { ["ProductUserSummary"] = LmusJson.Subscription(record) };
    }

    /// <summary>Stopping, then stopped with a SubscriptionEndDate (LmusStatus.cs); the stopped record stays listed.</summary>
    public static JsonObject Stop(OperationContext ctx)
    {
        var req = ctx.Request;
        var state = ctx.State;
        SubscriptionRecord? record;
        if (req.Str("ProductUserArn") is { } arn)
        {
            record = state.Subscriptions.FirstOrDefault(s => s.Arn == arn);
        }
        else if (req.Str("Username") is { } username && req.Obj("IdentityProvider") is { } provider && req.Str("Product") is { } product)
        {
            record = Matching(state, username, LmusRules.DirectoryId(provider), product, req.Str("Domain") ?? state.Echo.DefaultDomain)
                .LastOrDefault(s => s.Status != LmusStatus.Stopped);
        }
        else
        {
            throw LmusRules.Invalid("Either ProductUserArn or Username, IdentityProvider and Product must be given.");
        }

        if (record is null || record.Status == LmusStatus.Stopped)
        {
            throw LmusRules.NotFound("The product subscription was not found.");
        }

        if (record.Status is LmusStatus.Subscribing or LmusStatus.Stopping)
        {
            throw Errors.Lmus("ConflictException",
                $"User {record.Username} subscription to {record.Product} is {record.Status}; try again later.");
        }

        LmusSubscriptionRules.CheckNotAssociated(state, record);
        record.Status = LmusStatus.Stopping;
        record.StatusMessage = null;
        record.DueAt = ctx.DueAt;
        return new JsonObject { ["ProductUserSummary"] = LmusJson.Subscription(record) };
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

    private static IEnumerable<SubscriptionRecord> Matching(
        StateData state, string username, string directoryId, string product, string? domain) =>
        state.Subscriptions.Where(s => s.DirectoryId == directoryId && s.Product == product &&
            LmusUsers.Same(s.Username, s.Domain, username, domain));
}
