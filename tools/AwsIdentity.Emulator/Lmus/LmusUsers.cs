using System.Text.Json.Nodes;
using AwsIdentity.Emulator.State;
using AwsIdentity.Emulator.Wire;

namespace AwsIdentity.Emulator.Lmus;

/// <summary>
/// What AssociateUser and StartProductSubscription share: how a user's name, domain and identity provider are stored
/// (the echo settings of State/EchoSettings.cs), how a user is matched (Active Directory names ignore case), and how a
/// finished record makes way for a new one.
/// </summary>
public static class LmusUsers
{
    public static string StoredName(string username, EchoSettings echo) =>
        echo.LowercaseNames ? username.ToLowerInvariant() : username;

    /// <summary>The domain as given, else the echoed default; in lower case when names are.</summary>
    public static string? StoredDomain(string? domain, EchoSettings echo) =>
        (domain ?? echo.DefaultDomain) is { } stored && echo.LowercaseNames ? stored.ToLowerInvariant() : domain ?? echo.DefaultDomain;

    /// <summary>The identity provider as stored: with IsSharedActiveDirectory filled in when defaults are echoed.</summary>
    public static JsonObject StoredProvider(JsonObject provider, EchoSettings echo)
    {
        var copy = provider.DeepClone().AsObject();
        if (echo.FillDefaults && copy["ActiveDirectoryIdentityProvider"] is JsonObject ad && ad["IsSharedActiveDirectory"] is null)
        {
            ad["IsSharedActiveDirectory"] = false;
        }

        return copy;
    }

    public static bool Same(string username, string? domain, string otherName, string? otherDomain) =>
        string.Equals(username, otherName, StringComparison.OrdinalIgnoreCase) &&
        string.Equals(domain ?? "", otherDomain ?? "", StringComparison.OrdinalIgnoreCase);

    public static void CheckUsername(string username)
    {
        if (username.Length == 0)
        {
            throw LmusRules.Invalid("1 validation error detected: Value '' at 'Username' failed to satisfy constraint: Member must not be empty");
        }
    }

    /// <summary>Refuses while one of <paramref name="earlier"/> is live; otherwise drops them (and their tags) so the
    /// user can get a new record.</summary>
    public static void ReplaceFinished<T>(StateData state, List<T> records, IReadOnlyList<T> earlier,
        Func<T, bool> finished, Func<T, string> arn, Func<T, string> conflict)
    {
        if (earlier.FirstOrDefault(r => !finished(r)) is { } live)
        {
            throw Errors.Lmus("ConflictException", conflict(live));
        }

        foreach (var old in earlier)
        {
            records.Remove(old);
            state.Tags.Remove(arn(old));
        }
    }

    /// <summary>Stores a new user record (AssociateUser, StartProductSubscription): its ARN, the request's user as
    /// the echo settings store it, the transition's due time, the failure a fault armed, and the request's tags.</summary>
    public static T Add<T>(OperationContext ctx, List<T> records, List<PendingStatusFailure> failures, T fresh, string kind)
        where T : LmusUserRecord
    {
        var req = ctx.Request;
        var echo = ctx.State.Echo;
        var failure = PendingStatusFailure.Take(failures);
        var record = (T)((LmusUserRecord)fresh with
        {
            Arn = NewArn(ctx, kind),
            Username = StoredName(req.Str("Username")!, echo),
            Domain = StoredDomain(req.Str("Domain"), echo),
            IdentityProviderJson = StoredProvider(req.Obj("IdentityProvider")!, echo).ToJsonString(),
            DueAt = ctx.DueAt,
            PlannedFailureStatus = failure?.Status,
            PlannedFailureMessage = failure?.StatusMessage,
        });
        records.Add(record);
        StoreTags(ctx, record.Arn);
        return record;
    }

    /// <summary>The record a request names by its ARN member, else by the user's keys (<paramref name="byKeys"/>, null
    /// when the request lacks them: a ValidationException naming what must be given).</summary>
    public static T? Find<T>(OperationContext ctx, List<T> records, string arnMember, Func<T?>? byKeys, string keys)
        where T : LmusUserRecord
    {
        if (ctx.Request.Str(arnMember) is { } arn)
        {
            return records.FirstOrDefault(r => r.Arn == arn);
        }

        return byKeys is not null ? byKeys() : throw LmusRules.Invalid($"Either {arnMember} or {keys} must be given.");
    }

    /// <summary>Starts the transition that ends a record (DisassociateUser, StopProductSubscription,
    /// DeregisterIdentityProvider): not found when missing or already ended, ConflictException while in one of the
    /// <paramref name="busy"/> statuses or when <paramref name="guard"/> refuses.</summary>
    public static T BeginEnd<T>(OperationContext ctx, T? record, Func<T, bool> ended, string notFound,
        string[] busy, Func<T, string> describe, Action<T>? guard, string next)
        where T : class, IStatusRecord
    {
        if (record is null || ended(record))
        {
            throw LmusRules.NotFound(notFound);
        }

        if (busy.Contains(record.Status))
        {
            throw Errors.Lmus("ConflictException", $"{describe(record)} is {record.Status}; try again later.");
        }

        guard?.Invoke(record);
        record.Status = next;
        record.Message = null;
        record.DueAt = ctx.DueAt;
        return record;
    }

    /// <summary>A new LMUS ARN of one resource kind (instance-user, identity-provider, product-user).</summary>
    public static string NewArn(OperationContext ctx, string kind) =>
        $"arn:aws:license-manager-user-subscriptions:{ctx.Request.Region}:{OperationContext.Account}:{kind}/{ctx.NewId()}";

    /// <summary>Stores the request's Tags on a new ARN.</summary>
    public static void StoreTags(OperationContext ctx, string arn)
    {
        var tags = ctx.Request.Map("Tags");
        if (tags.Count > 0)
        {
            ctx.State.Tags[arn] = tags;
        }
    }
}
