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
        var provider = req.Obj("IdentityProvider")!;
        var directoryId = LmusRules.DirectoryId(provider);
        var product = req.Str("Product")!;
        if (ctx.State.IdentityProviders.Any(p => p.DirectoryId == directoryId && p.Product == product))
        {
            throw Errors.Lmus("ConflictException", $"Identity provider {directoryId} is already registered for product {product}.");
        }

        var record = new IdentityProviderRecord
        {
            Arn = $"arn:aws:license-manager-user-subscriptions:{req.Region}:{OperationContext.Account}:identity-provider/{ctx.NewId()}",
            DirectoryId = directoryId,
            Product = product,
            IdentityProviderJson = provider.ToJsonString(),
            SettingsJson = req.Obj("Settings")?.ToJsonString(),
            Status = "REGISTERED",
        };
        ctx.State.IdentityProviders.Add(record);
        var tags = req.Map("Tags");
        if (tags.Count > 0)
        {
            ctx.State.Tags[record.Arn] = tags;
        }

        return new JsonObject { ["IdentityProviderSummary"] = LmusJson.IdentityProvider(record) };
    }

    public static JsonObject Deregister(OperationContext ctx)
    {
        var req = ctx.Request;
        IdentityProviderRecord? record;
        if (req.Str("IdentityProviderArn") is { } arn)
        {
            record = ctx.State.IdentityProviders.FirstOrDefault(p => p.Arn == arn);
        }
        else if (req.Obj("IdentityProvider") is { } provider && req.Str("Product") is { } product)
        {
            var directoryId = LmusRules.DirectoryId(provider);
            record = ctx.State.IdentityProviders.FirstOrDefault(p => p.DirectoryId == directoryId && p.Product == product);
        }
        else
        {
            throw LmusRules.Invalid("Either IdentityProviderArn or both IdentityProvider and Product must be given.");
        }

        if (record is null)
        {
            throw LmusRules.NotFound("The identity provider is not registered.");
        }

        ctx.State.IdentityProviders.Remove(record);
        ctx.State.Tags.Remove(record.Arn);
        record.Status = "DEREGISTERED";
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
