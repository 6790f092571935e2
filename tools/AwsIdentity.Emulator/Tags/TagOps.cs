using System.Text.Json.Nodes;
using AwsIdentity.Emulator.Eks;
using AwsIdentity.Emulator.Wire;

namespace AwsIdentity.Emulator.Tags;

/// <summary>TagResource, UntagResource and ListTagsForResource for both services (member names differ by case).</summary>
public static class TagOps
{
    public static JsonObject Tag(OperationContext ctx)
    {
        var (arn, eks) = Resolve(ctx);
        var tags = ctx.Request.Map(eks ? "tags" : "Tags");
        var merged = new Dictionary<string, string>(ctx.State.Tags.GetValueOrDefault(arn) ?? []);
        foreach (var (key, value) in tags)
        {
            merged[key] = value;
        }

        if (eks)
        {
            EksTagRules.Check(merged, "BadRequestException");
        }
        else if (merged.Count > 50)
        {
            throw Errors.Lmus("ValidationException", "A resource can have at most 50 tags.");
        }

        ctx.State.Tags[arn] = merged;
        return [];
    }

    public static JsonObject Untag(OperationContext ctx)
    {
        var (arn, eks) = Resolve(ctx);
        if (ctx.State.Tags.TryGetValue(arn, out var existing))
        {
            foreach (var key in ctx.Request.StrList(eks ? "tagKeys" : "TagKeys"))
            {
                existing.Remove(key);
            }

            if (existing.Count == 0)
            {
                ctx.State.Tags.Remove(arn);
            }
        }

        return [];
    }

    public static JsonObject List(OperationContext ctx)
    {
        var (arn, eks) = Resolve(ctx);
        var tags = ctx.State.Tags.GetValueOrDefault(arn) ?? [];
        return new JsonObject { [eks ? "tags" : "Tags"] = EksJson.Map(tags) };
    }

    private static (string Arn, bool Eks) Resolve(OperationContext ctx)
    {
        var eks = ctx.Request.Service == ServiceKind.Eks;
        var arn = ctx.Request.Str(eks ? "resourceArn" : "ResourceArn")!;
        var state = ctx.State;
        if (eks)
        {
            if (Router.ArnService(arn) != ServiceKind.Eks)
            {
                throw Errors.Eks("BadRequestException", $"Invalid ARN: {arn}");
            }

            var known = state.Clusters.Any(c => c.Arn == arn) || state.Configs.Any(c => c.Arn == arn);
            return known ? (arn, true) : throw Errors.Eks("NotFoundException", $"Resource {arn} not found.");
        }

        var found = state.Associations.Any(a => a.Arn == arn) || state.IdentityProviders.Any(p => p.Arn == arn) ||
            state.Subscriptions.Any(s => s.Arn == arn);
        return found ? (arn, false) : throw Errors.Lmus("ResourceNotFoundException", $"Resource {arn} not found.");
    }
}
