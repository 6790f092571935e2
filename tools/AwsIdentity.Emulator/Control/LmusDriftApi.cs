using System.Text.Json.Nodes;
using AwsIdentity.Emulator.Lmus;
using AwsIdentity.Emulator.State;
using AwsIdentity.Emulator.Wire;

namespace AwsIdentity.Emulator.Control;

/// <summary>Out-of-band LMUS changes (README.md "Control API"): seeding, deleting, editing registrations,
/// subscriptions and associations, and arming their failures.</summary>
public sealed class LmusDriftApi(EmulatorStore store)
{
    /// <summary>A registration, REGISTERED at once, or in the <c>status</c> given, where it stays. Seeded registrations do not
    /// make AssociateUser ask for a product subscription unless <c>requireSubscription</c> is true.</summary>
    public void SeedIdentityProvider(ControlBody body) => store.Run((state, now) =>
    {
        var directoryId = body.Required("directoryId");
        var product = body.Str("product") ?? "REMOTE_DESKTOP_SERVICES";
        var region = body.Str("region") ?? "us-east-1";
        state.IdentityProviders.RemoveAll(p => p.DirectoryId == directoryId && p.Product == product);
        state.IdentityProviders.Add(new IdentityProviderRecord
        {
            Arn = Arn(region, "identity-provider"),
            DirectoryId = directoryId,
            Product = product,
            IdentityProviderJson = new JsonObject
            {
                ["ActiveDirectoryIdentityProvider"] = new JsonObject { ["DirectoryId"] = directoryId },
            }.ToJsonString(),
            SettingsJson = SettingsFrom(body, null),
            Status = body.Str("status") ?? LmusStatus.Registered,
            DueAt = Due(body, now),
            RequiresSubscription = body.Bool("requireSubscription") ?? false,
            Seeded = true,
        });
    });

    public void DeleteIdentityProvider(ControlBody body) => store.Run((state, _) =>
    {
        foreach (var p in Registrations(state, body))
        {
            state.IdentityProviders.Remove(p);
            state.Tags.Remove(p.Arn);
        }
    });

    /// <summary>Drift: replaces the subnets and/or security group, or sets the status and failure message.</summary>
    public void UpdateIdentityProvider(ControlBody body) => store.Run((state, _) =>
    {
        foreach (var p in Registrations(state, body))
        {
            p.SettingsJson = SettingsFrom(body, p.SettingsJson);
            p.Status = body.Str("status") ?? p.Status;
            p.DueAt = body.Str("status") is null ? p.DueAt : Due(body, p.DueAt);
            p.FailureMessage = body.Str("failureMessage") ?? p.FailureMessage;
        }
    });

    /// <summary>A subscription, SUBSCRIBED at once, or in the <c>status</c> given, where it stays.</summary>
    public void SeedSubscription(ControlBody body) => store.Run((state, now) =>
    {
        var directoryId = body.Required("directoryId");
        var product = body.Str("product") ?? "REMOTE_DESKTOP_SERVICES";
        var username = body.Required("username");
        var domain = body.Str("domain");
        state.Subscriptions.RemoveAll(s => s.DirectoryId == directoryId && s.Product == product &&
            LmusUsers.Same(s.Username, s.Domain, username, domain));
        state.Subscriptions.Add(new SubscriptionRecord
        {
            Arn = Arn(body.Str("region") ?? "us-east-1", "product-user"),
            Username = username,
            DirectoryId = directoryId,
            Product = product,
            Domain = domain,
            IdentityProviderJson = new JsonObject
            {
                ["ActiveDirectoryIdentityProvider"] = new JsonObject { ["DirectoryId"] = directoryId },
            }.ToJsonString(),
            Status = body.Str("status") ?? LmusStatus.Subscribed,
            DueAt = Due(body, now),
            StartDate = now,
            Seeded = true,
        });
    });

    /// <summary>mode "remove" (default) drops the record; "stop" marks it STOPPED at once (it stays listed).</summary>
    public void DeleteSubscription(ControlBody body) => store.Run((state, now) =>
    {
        var arn = body.Str("productUserArn");
        foreach (var s in Select(state.Subscriptions, arn, s => s.Arn, s => s.DirectoryId == body.Required("directoryId") &&
            s.Product == body.Required("product") && LmusUsers.Same(s.Username, s.Domain, body.Required("username"), body.Str("domain")), "subscription"))
        {
            if (body.Str("mode") == "stop")
            {
                s.Status = LmusStatus.Stopped;
                s.EndDate = now;
                s.DueAt = now;
            }
            else
            {
                state.Subscriptions.Remove(s);
                state.Tags.Remove(s.Arn);
            }
        }
    });

    /// <summary>mode "remove" (default) drops the record; "disassociate" marks it DISASSOCIATED at once.</summary>
    public void DeleteAssociation(ControlBody body) => store.Run((state, now) =>
    {
        var arn = body.Str("instanceUserArn");
        foreach (var a in Select(state.Associations, arn, a => a.Arn, a => a.InstanceId == body.Required("instanceId") &&
            a.DirectoryId == body.Required("directoryId") && LmusUsers.Same(a.Username, a.Domain, body.Required("username"), body.Str("domain")), "association"))
        {
            if (body.Str("mode") == "disassociate")
            {
                a.Status = "DISASSOCIATED";
                a.DisassociationDate = now;
                a.DueAt = now;
            }
            else
            {
                state.Associations.Remove(a);
                state.Tags.Remove(a.Arn);
            }
        }
    });

    public void FailNextAssociation(ControlBody body) => FailNext(body, state => state.PendingAssociationFailures);

    public void FailNextRegistration(ControlBody body) => FailNext(body, state => state.PendingRegistrationFailures);

    public void FailNextSubscription(ControlBody body) => FailNext(body, state => state.PendingSubscriptionFailures);

    private void FailNext(ControlBody body, Func<StateData, List<PendingStatusFailure>> list) => store.Run((state, _) => list(state).Add(
        new PendingStatusFailure(body.Str("status") ?? LmusStatus.Failed,
            body.Str("statusMessage") ?? body.Str("failureMessage") ?? "Injected failure")));

    private static List<IdentityProviderRecord> Registrations(StateData state, ControlBody body) =>
        Select(state.IdentityProviders, body.Str("identityProviderArn"), p => p.Arn,
            p => p.DirectoryId == body.Required("directoryId") && p.Product == body.Required("product"), "identity provider registration");

    /// <summary>The records a body names by ARN, else by its keys; 404 when none.</summary>
    private static List<T> Select<T>(List<T> records, string? arn, Func<T, string> arnOf, Func<T, bool> byKeys, string what)
    {
        var matches = records.Where(r => arn is not null ? arnOf(r) == arn : byKeys(r)).ToList();
        return matches.Count > 0 ? matches : throw new ControlException(404, $"No such {what}.");
    }

    /// <summary>The body's subnets and securityGroupId over the current settings (or the defaults).</summary>
    private static string SettingsFrom(ControlBody body, string? current)
    {
        var settings = JsonNode.Parse(current ?? LmusSettingsOps.Defaults().ToJsonString())!;
        var subnets = body.StrList("subnets") ?? (settings["Subnets"] as JsonArray ?? []).Select(n => (string)n!).ToList();
        var securityGroup = body.Str("securityGroupId") ?? (string?)settings["SecurityGroupId"] ?? LmusSettingsOps.DefaultSecurityGroupId;
        return LmusSettingsOps.Settings(subnets, securityGroup).ToJsonString();
    }

    /// <summary>A seeded record in a status of the body's choosing never moves on by itself.</summary>
    private static DateTimeOffset Due(ControlBody body, DateTimeOffset now) => body.Str("status") is null ? now : DateTimeOffset.MaxValue;

    private static string Arn(string region, string kind) =>
        $"arn:aws:license-manager-user-subscriptions:{region}:{OperationContext.Account}:{kind}/{Guid.NewGuid()}";
}
