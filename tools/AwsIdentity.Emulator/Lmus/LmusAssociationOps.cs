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
        if (username.Length == 0)
        {
            throw LmusRules.Invalid("1 validation error detected: Value '' at 'Username' failed to satisfy constraint: Member must not be empty");
        }

        LmusRules.CheckInstance(state, instanceId);
        LmusRules.CheckRegistered(state, directoryId);
        var earlier = Matching(state, username, instanceId, directoryId, domain ?? echo.DefaultDomain).ToList();
        if (earlier.FirstOrDefault(a => !IsFinished(a)) is { } live)
        {
            throw Errors.Lmus("ConflictException",
                $"User {username} already has an association with instance {instanceId} in status {live.Status}.");
        }

        foreach (var old in earlier)
        {
            state.Associations.Remove(old);
            state.Tags.Remove(old.Arn);
        }

        var failure = state.PendingAssociationFailures.FirstOrDefault();
        if (failure is not null)
        {
            state.PendingAssociationFailures.Remove(failure);
        }

        var record = new AssociationRecord
        {
            Arn = $"arn:aws:license-manager-user-subscriptions:{req.Region}:{OperationContext.Account}:instance-user/{ctx.NewId()}",
            Username = echo.LowercaseNames ? username.ToLowerInvariant() : username,
            InstanceId = instanceId,
            DirectoryId = directoryId,
            Domain = (domain ?? echo.DefaultDomain) is { } stored && echo.LowercaseNames ? stored.ToLowerInvariant() : domain ?? echo.DefaultDomain,
            IdentityProviderJson = Stored(provider, echo).ToJsonString(),
            Status = "ASSOCIATING",
            CreatedAt = ctx.Now,
            DueAt = ctx.DueAt,
            PlannedFailureStatus = failure?.Status,
            PlannedFailureMessage = failure?.StatusMessage,
        };
        state.Associations.Add(record);
        var tags = req.Map("Tags");
        if (tags.Count > 0)
        {
            state.Tags[record.Arn] = tags;
        }

        return new JsonObject { ["InstanceUserSummary"] = LmusJson.User(record) };
    }

    public static JsonObject Disassociate(OperationContext ctx)
    {
        var req = ctx.Request;
        var state = ctx.State;
        AssociationRecord? record;
        if (req.Str("InstanceUserArn") is { } arn)
        {
            record = state.Associations.FirstOrDefault(a => a.Arn == arn);
        }
        else if (req.Str("Username") is { } username && req.Str("InstanceId") is { } instanceId && req.Obj("IdentityProvider") is { } provider)
        {
            LmusRules.CheckInstance(state, instanceId);
            record = Matching(state, username, instanceId, LmusRules.DirectoryId(provider), req.Str("Domain") ?? state.Echo.DefaultDomain)
                .LastOrDefault(a => !Settled.Contains(a.Status));
        }
        else
        {
            throw LmusRules.Invalid("Either InstanceUserArn or Username, InstanceId and IdentityProvider must be given.");
        }

        if (record is null || Settled.Contains(record.Status))
        {
            throw LmusRules.NotFound("The user association was not found.");
        }

        if (record.Status is "ASSOCIATING" or "DISASSOCIATING")
        {
            throw Errors.Lmus("ConflictException",
                $"User {record.Username} association with instance {record.InstanceId} is {record.Status}; try again later.");
        }

        record.Status = "DISASSOCIATING";
        record.StatusMessage = null;
        record.DueAt = ctx.DueAt;
        return new JsonObject { ["InstanceUserSummary"] = LmusJson.User(record) };
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

    /// <summary>The identity provider as stored: with IsSharedActiveDirectory filled in when defaults are echoed.</summary>
    private static JsonObject Stored(JsonObject provider, EchoSettings echo)
    {
        var copy = provider.DeepClone().AsObject();
        if (echo.FillDefaults && copy["ActiveDirectoryIdentityProvider"] is JsonObject ad && ad["IsSharedActiveDirectory"] is null)
        {
            ad["IsSharedActiveDirectory"] = false;
        }

        return copy;
    }

    /// <summary>DISASSOCIATED or a failure status: the user may be associated again.</summary>
    public static bool IsFinished(AssociationRecord a) =>
        a.Status == "DISASSOCIATED" || a.Status.Contains("FAIL", StringComparison.OrdinalIgnoreCase);

    private static IEnumerable<AssociationRecord> Matching(
        StateData state, string username, string instanceId, string directoryId, string? domain) =>
        state.Associations.Where(a => a.InstanceId == instanceId && a.DirectoryId == directoryId &&
            string.Equals(a.Username, username, StringComparison.OrdinalIgnoreCase) &&
            string.Equals(a.Domain ?? "", domain ?? "", StringComparison.OrdinalIgnoreCase));
}
