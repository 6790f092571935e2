using System.Text.Json.Nodes;
using AwsIdentity.Emulator.State;
using AwsIdentity.Emulator.Wire;

namespace AwsIdentity.Emulator.Eks;

/// <summary>Associate/Disassociate/Describe/ListIdentityProviderConfig(s).</summary>
public static class EksIdentityProviderOps
{
    public static JsonObject Associate(OperationContext ctx)
    {
        var req = ctx.Request;
        var cluster = EksClusterOps.Find(ctx, req.Str("clusterName"));
        var oidc = req.Obj("oidc")!;
        var name = (string)oidc["identityProviderConfigName"]!;
        var tags = req.Map("tags");
        if (EksUpdateOps.Replay(ctx, cluster.Name) is { } replay)
        {
            var replayTags = ctx.State.Configs.FirstOrDefault(c => c.ClusterName == cluster.Name && c.Name == replay.ConfigName);
            return Response(replay, replayTags is null ? tags : ctx.State.Tags.GetValueOrDefault(replayTags.Arn));
        }

        OidcRules.Check(oidc);
        EksTagRules.Check(tags, "InvalidParameterException");
        EksUpdateOps.EnsureIdle(ctx, cluster, "AssociateIdentityProviderConfig");
        if (ctx.State.Configs.FirstOrDefault(c => c.ClusterName == cluster.Name) is { } existing)
        {
            throw Errors.Eks("InvalidRequestException", existing.Name == name
                ? $"Identity provider config {name} is already associated with cluster {cluster.Name}."
                : $"Cluster {cluster.Name} already has an OIDC identity provider config ({existing.Name}); only one is supported per cluster.");
        }

        var config = new IdpConfigRecord
        {
            ClusterName = cluster.Name,
            Name = name,
            Arn = $"arn:aws:eks:{req.Region}:{OperationContext.Account}:identityproviderconfig/{cluster.Name}/oidc/{name}/{ctx.NewId()}",
            Status = "CREATING",
            IssuerUrl = (string)oidc["issuerUrl"]!,
            ClientId = (string)oidc["clientId"]!,
            UsernameClaim = (string?)oidc["usernameClaim"] ?? (ctx.State.Echo.FillDefaults ? "sub" : null),
            UsernamePrefix = (string?)oidc["usernamePrefix"],
            GroupsClaim = (string?)oidc["groupsClaim"],
            GroupsPrefix = (string?)oidc["groupsPrefix"],
            RequiredClaims = oidc["requiredClaims"] is JsonObject claims
                ? claims.ToDictionary(kv => kv.Key, kv => (string)kv.Value!)
                : null,
        };
        ctx.State.Configs.Add(config);
        if (tags.Count > 0)
        {
            ctx.State.Tags[config.Arn] = tags;
        }

        var update = EksUpdateOps.Start(ctx, cluster.Name, "AssociateIdentityProviderConfig", name);
        return Response(update, tags);
    }

    public static JsonObject Disassociate(OperationContext ctx)
    {
        var req = ctx.Request;
        var cluster = EksClusterOps.Find(ctx, req.Str("clusterName"));
        var name = ConfigName(req);
        if (EksUpdateOps.Replay(ctx, cluster.Name) is { } replay)
        {
            return new JsonObject { ["update"] = EksJson.Update(replay) };
        }

        EksUpdateOps.EnsureIdle(ctx, cluster, "DisassociateIdentityProviderConfig");
        var config = ctx.State.Configs.FirstOrDefault(c => c.ClusterName == cluster.Name && c.Name == name)
            ?? throw Errors.Eks("InvalidRequestException", $"Identity provider config {name} is not associated with cluster {cluster.Name}.");
        config.Status = "DELETING";
        var update = EksUpdateOps.Start(ctx, cluster.Name, "DisassociateIdentityProviderConfig", name);
        return new JsonObject { ["update"] = EksJson.Update(update) };
    }

    public static JsonObject Describe(OperationContext ctx)
    {
        var req = ctx.Request;
        var cluster = EksClusterOps.Find(ctx, req.Str("clusterName"));
        var name = ConfigName(req);
        var config = ctx.State.Configs.FirstOrDefault(c => c.ClusterName == cluster.Name && c.Name == name)
            ?? throw Errors.Eks("ResourceNotFoundException", $"Identity provider config {name} not found for cluster {cluster.Name}.");
        var body = EksJson.Config(config, ctx.State.Tags.GetValueOrDefault(config.Arn));
        return new JsonObject { ["identityProviderConfig"] = new JsonObject { ["oidc"] = body } };
    }

    public static JsonObject List(OperationContext ctx)
    {
        var req = ctx.Request;
        var cluster = EksClusterOps.Find(ctx, req.Str("clusterName"));
        var configs = ctx.State.Configs.Where(c => c.ClusterName == cluster.Name).Select(c => c.Name).ToList();
        var (page, next) = Paging.Page(configs, req.Int("maxResults"), req.Str("nextToken"), 100,
            m => Errors.Eks("InvalidParameterException", m));
        var json = new JsonObject
        {
            ["identityProviderConfigs"] = new JsonArray(page
                .Select(n => (JsonNode)new JsonObject { ["type"] = "oidc", ["name"] = n }).ToArray()),
        };
        if (next is not null)
        {
            json["nextToken"] = next;
        }

        return json;
    }

    private static string ConfigName(ApiRequest req)
    {
        var reference = req.Obj("identityProviderConfig")!;
        var type = (string)reference["type"]!;
        if (type != "oidc")
        {
            throw Errors.Eks("InvalidParameterException", $"Unsupported identity provider config type: {type}. Supported: oidc.");
        }

        return (string)reference["name"]!;
    }

    private static JsonObject Response(UpdateRecord update, Dictionary<string, string>? tags)
    {
        var json = new JsonObject { ["update"] = EksJson.Update(update) };
        EksJson.AddTags(json, "tags", tags);
        return json;
    }
}
