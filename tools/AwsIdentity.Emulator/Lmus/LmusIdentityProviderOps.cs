using System.Text.Json.Nodes;
using AwsIdentity.Emulator.State;
using AwsIdentity.Emulator.Wire;

namespace AwsIdentity.Emulator.Lmus;

/// <summary>RegisterIdentityProvider, DeregisterIdentityProvider, ListIdentityProviders, ListInstances.</summary>
public static class LmusIdentityProviderOps
{
    public static JsonObject Register(OperationContext ctx)
    {
        var req = ctx.Request;
        var state = ctx.State;
        var provider = req.Obj("IdentityProvider")!;
        var directoryId = LmusRules.DirectoryId(provider);
        var product = req.Str("Product")!;
        var earlier = state.IdentityProviders.Where(p => p.DirectoryId == directoryId && p.Product == product).ToList();
        LmusUsers.ReplaceFinished(state, state.IdentityProviders, earlier, p => LmusStatus.IsFailure(p.Status), p => p.Arn,
            live => $"Identity provider {directoryId} is already registered for product {product} (status {live.Status}).");
        var failure = PendingStatusFailure.Take(state.PendingRegistrationFailures);
        var record = new IdentityProviderRecord
        {
            Arn = LmusUsers.NewArn(ctx, "identity-provider"),
            DirectoryId = directoryId,
            Product = product,
            IdentityProviderJson = LmusUsers.StoredProvider(provider, state.Echo).ToJsonString(),
            SettingsJson = (req.Obj("Settings") ?? LmusSettingsOps.Defaults()).ToJsonString(),
            Status = LmusStatus.Registering,
            DueAt = ctx.DueAt,
            RequiresSubscription = true,
            PlannedFailureStatus = failure?.Status,
            PlannedFailureMessage = failure?.StatusMessage,
        };
        state.IdentityProviders.Add(record);
        LmusUsers.StoreTags(ctx, record.Arn);
        return new JsonObject { ["IdentityProviderSummary"] = LmusJson.IdentityProvider(record) };
    }

    /// <summary>Refused while the registration is in transition or the directory still has users
    /// (LmusSubscriptionRules.cs); otherwise DEREGISTERING, then gone.</summary>
    public static JsonObject Deregister(OperationContext ctx)
    {
        var record = LmusUsers.BeginEnd(ctx, LmusRules.FindRegistration(ctx), _ => false, "The identity provider is not registered.",
            [LmusStatus.Registering, LmusStatus.Deregistering], r => $"Identity provider {r.DirectoryId} for product {r.Product}",
            r => LmusSubscriptionRules.CheckNoUsers(ctx.State, r), LmusStatus.Deregistering);
        return new JsonObject { ["IdentityProviderSummary"] = LmusJson.IdentityProvider(record) };
    }

    public static JsonObject List(OperationContext ctx)
    {
        var req = ctx.Request;
        var attributes = new Dictionary<string, Func<IdentityProviderRecord, string?>>
        {
            ["Product"] = p => p.Product,
            ["DirectoryId"] = p => p.DirectoryId,
            ["Status"] = p => p.Status,
        };
        var items = LmusFilters.Apply(ctx.State.IdentityProviders, req.Input["Filters"], attributes).ToList();
        var (page, next) = Paging.Page(items, req.Int("MaxResults"), req.Str("NextToken"), 50, LmusRules.Invalid);
        return LmusJson.Page("IdentityProviderSummaries", page.Select(LmusJson.IdentityProvider), next);
    }

    public static JsonObject ListInstances(OperationContext ctx)
    {
        var req = ctx.Request;
        var state = ctx.State;
        var instances = state.Associations
            .GroupBy(a => a.InstanceId)
            .Where(g => !state.MissingInstances.Contains(g.Key))
            .Select(g => (Id: g.Key, Directory: g.Last().DirectoryId, Provider: g.Last().IdentityProviderJson))
            .ToList();
        var attributes = new Dictionary<string, Func<(string Id, string Directory, string Provider), string?>>
        {
            ["InstanceId"] = i => i.Id,
            ["Status"] = _ => "AVAILABLE",
        };
        var items = LmusFilters.Apply(instances, req.Input["Filters"], attributes).ToList();
        var (page, next) = Paging.Page(items, req.Int("MaxResults"), req.Str("NextToken"), 50, LmusRules.Invalid);
        return LmusJson.Page("InstanceSummaries", page.Select(i => new JsonObject
        {
            ["InstanceId"] = i.Id,
            ["Status"] = "AVAILABLE",
            ["Products"] = new JsonArray(state.IdentityProviders.Where(p => p.DirectoryId == i.Directory)
                .Select(p => (JsonNode?)p.Product).ToArray()),
            ["LastStatusCheckDate"] = LmusJson.Date(ctx.Now),
            ["OwnerAccountId"] = OperationContext.Account,
            ["IdentityProvider"] = JsonNode.Parse(i.Provider),
        }), next);
    }
}
