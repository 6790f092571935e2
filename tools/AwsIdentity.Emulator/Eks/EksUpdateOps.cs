using System.Text.Json.Nodes;
using AwsIdentity.Emulator.State;
using AwsIdentity.Emulator.Wire;

namespace AwsIdentity.Emulator.Eks;

/// <summary>Cluster updates: creation, the one-at-a-time rule, idempotent replays, DescribeUpdate, ListUpdates.</summary>
public static class EksUpdateOps
{
    /// <summary>The update an earlier request with the same clientRequestToken made, if the body is the same.</summary>
    public static UpdateRecord? Replay(OperationContext ctx, string cluster)
    {
        var token = ctx.Request.Str("clientRequestToken");
        var earlier = token is null ? null : ctx.State.Updates.FirstOrDefault(u => u.ClusterName == cluster && u.ClientRequestToken == token);
        if (earlier is null)
        {
            return null;
        }

        if (earlier.Type != ctx.Request.Operation.Name || earlier.RequestFingerprint != Fingerprint(ctx.Request))
        {
            throw Errors.Eks("InvalidRequestException", $"The client request token {token} was already used for a different request.");
        }

        return earlier;
    }

    /// <summary>EKS runs one update at a time per cluster.</summary>
    public static void EnsureIdle(OperationContext ctx, ClusterRecord cluster, string operation)
    {
        if (cluster.Status != "ACTIVE")
        {
            throw Errors.Eks("InvalidRequestException", $"Cluster {cluster.Name} is not in ACTIVE state (current state: {cluster.Status}).");
        }

        if (ctx.State.Updates.FirstOrDefault(u => u.ClusterName == cluster.Name && u.Status == "InProgress") is { } running)
        {
            throw Busy(operation, cluster.Name, running.Id);
        }
    }

    public static AwsException Busy(string operation, string cluster, string updateId) => Errors.Eks(
        "ResourceInUseException", $"Cannot {operation} because cluster {cluster} currently has update {updateId} in progress");

    public static UpdateRecord Start(OperationContext ctx, string cluster, string type, string configName)
    {
        var pending = ctx.State.PendingUpdateFailures.FirstOrDefault(p => p.Cluster is null || p.Cluster == cluster);
        if (pending is not null)
        {
            ctx.State.PendingUpdateFailures.Remove(pending);
        }

        var update = new UpdateRecord
        {
            Id = ctx.NewId(),
            ClusterName = cluster,
            Type = type,
            Status = "InProgress",
            CreatedAt = ctx.Now,
            DueAt = ctx.DueAt,
            ConfigName = configName,
            Params = [new UpdateParamRecord("IdentityProviderConfig", $"[{{\"type\":\"oidc\",\"name\":\"{configName}\"}}]")],
            PlannedFailure = pending is null ? null : new UpdateErrorRecord(pending.ErrorCode, pending.ErrorMessage),
            ClientRequestToken = ctx.Request.Str("clientRequestToken"),
            RequestFingerprint = Fingerprint(ctx.Request),
        };
        ctx.State.Updates.Add(update);
        return update;
    }

    public static JsonObject Describe(OperationContext ctx)
    {
        var req = ctx.Request;
        var cluster = EksClusterOps.Find(ctx, req.Str("name"));
        var id = req.Str("updateId");
        var update = ctx.State.Updates.FirstOrDefault(u => u.ClusterName == cluster.Name && u.Id == id);
        if (update is null || req.Str("nodegroupName") is not null || req.Str("addonName") is not null || req.Str("capabilityName") is not null)
        {
            throw Errors.Eks("ResourceNotFoundException", $"No update found for ID: {id}");
        }

        return new JsonObject { ["update"] = EksJson.Update(update) };
    }

    public static JsonObject List(OperationContext ctx)
    {
        var req = ctx.Request;
        var cluster = EksClusterOps.Find(ctx, req.Str("name"));
        var scoped = req.Str("nodegroupName") is not null || req.Str("addonName") is not null || req.Str("capabilityName") is not null;
        var ids = scoped ? [] : ctx.State.Updates.Where(u => u.ClusterName == cluster.Name).Select(u => u.Id).ToList();
        var (page, next) = Paging.Page(ids, req.Int("maxResults"), req.Str("nextToken"), 100,
            m => Errors.Eks("InvalidParameterException", m));
        var json = new JsonObject { ["updateIds"] = new JsonArray(page.Select(i => (JsonNode?)i).ToArray()) };
        if (next is not null)
        {
            json["nextToken"] = next;
        }

        return json;
    }

    private static string Fingerprint(ApiRequest request) => request.Input.ToJsonString();
}
