using System.Text.Json.Nodes;
using AwsIdentity.Emulator.State;
using AwsIdentity.Emulator.Wire;

namespace AwsIdentity.Emulator.Lmus;

/// <summary>AssociateUser, DisassociateUser, ListUserAssociations.</summary>
public static class LmusAssociationOps
{
    private static readonly string[] Settled = ["DISASSOCIATED"];

    public static JsonObject Associate(OperationContext ctx)
    {
        var req = ctx.Request;
        var state = ctx.State;
        var username = req.Str("Username")!;
        var instanceId = req.Str("InstanceId")!;
        var provider = req.Obj("IdentityProvider")!;
        var directoryId = LmusRules.DirectoryId(provider);
        var domain = req.Str("Domain");
        var echo = state.Echo;
        LmusUsers.CheckUsername(username);
        LmusRules.CheckInstance(state, instanceId);
        LmusRules.CheckRegistered(state, directoryId);
        LmusSubscriptionRules.CheckSubscribed(state, directoryId, username, domain ?? echo.DefaultDomain);
        var earlier = Matching(state, username, instanceId, directoryId, domain ?? echo.DefaultDomain).ToList();
        LmusUsers.ReplaceFinished(state, state.Associations, earlier, IsFinished, a => a.Arn,
            live => $"User {username} already has an association with instance {instanceId} in status {live.Status}.");
        var record = LmusUsers.Add(ctx, state.Associations, state.PendingAssociationFailures, new AssociationRecord
        {
            InstanceId = instanceId,
            DirectoryId = directoryId,
            Status = "ASSOCIATING",
            CreatedAt = ctx.Now,
        }, "instance-user");
        return new JsonObject { ["InstanceUserSummary"] = LmusJson.User(record) };
    }

    public static JsonObject Disassociate(OperationContext ctx)
    {
        var req = ctx.Request;
        var state = ctx.State;
        var byKeys = req.Str("Username") is { } username && req.Str("InstanceId") is { } instanceId && req.Obj("IdentityProvider") is { } provider
            ? () =>
            {
                LmusRules.CheckInstance(state, instanceId);
                return Matching(state, username, instanceId, LmusRules.DirectoryId(provider), req.Str("Domain") ?? state.Echo.DefaultDomain)
                    .LastOrDefault(a => !Settled.Contains(a.Status));
            }
            : (Func<AssociationRecord?>?)null;
        var record = LmusUsers.Find(ctx, state.Associations, "InstanceUserArn", byKeys, "Username, InstanceId and IdentityProvider");
        var ended = LmusUsers.BeginEnd(ctx, record, r => Settled.Contains(r.Status), "The user association was not found.",
            ["ASSOCIATING", "DISASSOCIATING"], r => $"User {r.Username} association with instance {r.InstanceId}", null, "DISASSOCIATING");
        return new JsonObject { ["InstanceUserSummary"] = LmusJson.User(ended) };
    }

    public static JsonObject List(OperationContext ctx)
    {
        var req = ctx.Request;
        var state = ctx.State;
        var instanceId = req.Str("InstanceId")!;
        var directoryId = LmusRules.DirectoryId(req.Obj("IdentityProvider"));
        LmusRules.CheckInstance(state, instanceId);
        LmusRules.CheckRegistered(state, directoryId);
        var attributes = new Dictionary<string, Func<AssociationRecord, string?>>
        {
            ["Username"] = a => a.Username,
            ["Status"] = a => a.Status,
            ["Domain"] = a => a.Domain,
        };
        var scoped = state.Associations.Where(a => a.InstanceId == instanceId && a.DirectoryId == directoryId);
        var items = LmusFilters.Apply(scoped, req.Input["Filters"], attributes).ToList();
        var (page, next) = Paging.Page(items, req.Int("MaxResults"), req.Str("NextToken"), 50, LmusRules.Invalid);
        return LmusJson.Page("InstanceUserSummaries", page.Select(LmusJson.User), next);
    }

    /// <summary>DISASSOCIATED or a failure status: the user may be associated again.</summary>
    public static bool IsFinished(AssociationRecord a) =>
        a.Status == "DISASSOCIATED" || LmusStatus.IsFailure(a.Status);

    private static IEnumerable<AssociationRecord> Matching(
        StateData state, string username, string instanceId, string directoryId, string? domain) =>
        state.Associations.Where(a => a.InstanceId == instanceId && a.DirectoryId == directoryId &&
            LmusUsers.Same(a.Username, a.Domain, username, domain));
}
