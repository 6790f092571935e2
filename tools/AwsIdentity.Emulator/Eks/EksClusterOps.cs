using System.Text.Json.Nodes;
using AwsIdentity.Emulator.State;
using AwsIdentity.Emulator.Wire;

namespace AwsIdentity.Emulator.Eks;

/// <summary>CreateCluster, DescribeCluster, DeleteCluster, ListClusters.</summary>
public static class EksClusterOps
{
    public static ClusterRecord Find(OperationContext ctx, string? name) =>
        ctx.State.Clusters.FirstOrDefault(c => c.Name == name)
        ?? throw Errors.Eks("ResourceNotFoundException", $"No cluster found for name: {name}.");

    public static JsonObject Create(OperationContext ctx)
    {
        var req = ctx.Request;
        var name = req.Str("name")!;
        if (ctx.State.Clusters.Any(c => c.Name == name))
        {
            throw Errors.Eks("ResourceInUseException", $"Cluster already exists with name: {name}");
        }

        var tags = req.Map("tags");
        EksTagRules.Check(tags, "InvalidParameterException");
        var vpc = req.Obj("resourcesVpcConfig")!;
        var cluster = new ClusterRecord
        {
            Name = name,
            Arn = $"arn:aws:eks:{req.Region}:{OperationContext.Account}:cluster/{name}",
            Status = "CREATING",
            CreatedAt = ctx.Now,
            DueAt = ctx.DueAt,
            Version = req.Str("version") ?? "1.33",
            Endpoint = $"https://{Guid.NewGuid().ToString("N").ToUpperInvariant()}.gr7.{req.Region}.eks.amazonaws.com",
            RoleArn = req.Str("roleArn")!,
            SubnetIds = Strings(vpc["subnetIds"]),
            SecurityGroupIds = Strings(vpc["securityGroupIds"]),
            ClientRequestToken = req.Str("clientRequestToken"),
        };
        ctx.State.Clusters.Add(cluster);
        if (tags.Count > 0)
        {
            ctx.State.Tags[cluster.Arn] = tags;
        }

        return new JsonObject { ["cluster"] = EksJson.Cluster(cluster, tags) };
    }

    public static JsonObject Describe(OperationContext ctx)
    {
        var cluster = Find(ctx, ctx.Request.Str("name"));
        return new JsonObject { ["cluster"] = EksJson.Cluster(cluster, ctx.State.Tags.GetValueOrDefault(cluster.Arn)) };
    }

    public static JsonObject Delete(OperationContext ctx)
    {
        var cluster = Find(ctx, ctx.Request.Str("name"));
        if (cluster.Status != "DELETING")
        {
            cluster.Status = "DELETING";
            cluster.DueAt = ctx.DueAt;
        }

        return new JsonObject { ["cluster"] = EksJson.Cluster(cluster, ctx.State.Tags.GetValueOrDefault(cluster.Arn)) };
    }

    public static JsonObject List(OperationContext ctx)
    {
        var names = ctx.State.Clusters.Select(c => c.Name).ToList();
        var (page, next) = Paging.Page(names, ctx.Request.Int("maxResults"), ctx.Request.Str("nextToken"), 100,
            m => Errors.Eks("InvalidParameterException", m));
        var json = new JsonObject { ["clusters"] = new JsonArray(page.Select(n => (JsonNode?)n).ToArray()) };
        if (next is not null)
        {
            json["nextToken"] = next;
        }

        return json;
    }

    private static List<string> Strings(JsonNode? node) =>
        node is JsonArray a ? a.Select(n => (string)n!).ToList() : [];
}
