using System.Globalization;
using System.Text.Json.Nodes;
using AwsIdentity.Harness;
using static AwsIdentity.ProtocolTests.Lifecycle.Programs;
using static AwsIdentity.ProtocolTests.Lifecycle.RegistrationPrograms;
using static AwsIdentity.ProtocolTests.Lifecycle.SubscriptionPrograms;

namespace AwsIdentity.ProtocolTests.Lifecycle;

/// <summary>
/// One stack with a registration, a subscription and an association chained by output references (as the examples
/// write them): the order AWS requires (register → subscribe → associate; disassociate → stop → deregister: AWS
/// License Manager user guide, "Get started with user-based subscriptions", "Unsubscribe users", "Deregister an
/// Active Directory") must come from the engine's dependency order alone. The emulator refuses each call out of
/// order with a ConflictException (tools/AwsIdentity.Emulator/README.md), so one call of each operation means none
/// was refused; its timestamps show the rest.
/// </summary>
public sealed class RegistrationChainTests(LifecycleFixture fixture) : IClassFixture<LifecycleFixture>
{
    private static readonly string[] Operations =
    [
        "RegisterIdentityProvider", "StartProductSubscription", "AssociateUser",
        "DisassociateUser", "StopProductSubscription", "DeregisterIdentityProvider",
    ];

    [Fact]
    public async Task Up_CreatesInAwsOrder_AndDestroy_DeletesInReverse_LeavingTheEmulatorEmpty()
    {
        var (directory, instance) = (NewDirectoryId(), LifecycleFixture.NewInstanceId());
        var engine = await fixture.NewEngineAsync();
        await fixture.Control.ResetStatsAsync();
        var order = new List<string>();
        engine.OnStep += s => { lock (order) order.Add($"{s.Kind} {s.Type}"); };

        var created = await engine.UpChainAsync(Chain(directory, instance));

        Assert.All(created, s => Assert.Equal(StepKind.Create, s.Kind));
        var live = await fixture.Control.StateAsync();
        var registration = Assert.Single(live.Registrations(directory));
        var subscription = Assert.Single(live.Subscriptions(directory));
        var association = Assert.Single(live.LiveAssociations(instance));
        Assert.Equal(("REGISTERED", "SUBSCRIBED", "ASSOCIATED"), (registration.Str("status"), subscription.Str("status"), association.Str("status")));
        Assert.True(Time(registration, "dueAt") <= Time(subscription, "startDate"), "subscribed before the directory was registered");
        Assert.True(Time(subscription, "dueAt") <= Time(association, "createdAt"), "associated before the user was subscribed");
        Assert.True(EmulatorInventory.From(live).Compare(engine.State.Values).Clean, EmulatorInventory.From(live).Compare(engine.State.Values).ToString());
        Assert.Equal(3, engine.State.Count);

        Assert.Equal(StepKind.Same, Assert.Single((await engine.PreviewChainAsync(Chain(directory, instance))).Select(s => s.Kind).Distinct()));

        var destroyed = await engine.DestroyChainAsync();

        Assert.Equal([Values.Lmus, Values.Subscription, Values.Registration], destroyed.Select(s => s.Type));
        Assert.Equal(
            [$"Create {Values.Registration}", $"Create {Values.Subscription}", $"Create {Values.Lmus}",
             $"Delete {Values.Lmus}", $"Delete {Values.Subscription}", $"Delete {Values.Registration}"], order.Where(o => !o.StartsWith("Same", StringComparison.Ordinal)));
        live = await fixture.Control.StateAsync();
        var stopped = Assert.Single(live.Subscriptions(directory));
        var gone = live.Associations(instance).Single();
        Assert.True(Time(gone, "disassociationDate") <= Time(stopped, "endDate").AddMilliseconds(-LifecycleFixture.TransitionMs),
            $"stopped at {stopped.Str("endDate")} (minus one transition) while still associated until {gone.Str("disassociationDate")}");
        Assert.Empty(live.Registrations(directory));
        foreach (var operation in Operations) Assert.Equal(1, await fixture.Control.CallsAsync(operation));
        Assert.Empty(engine.State);
        Assert.Equal(0, EmulatorInventory.From(live).Count);
    }

    [Fact]
    public async Task Replace_RegistrationWithDependents_DeletesThemFirstInReverseOrder_ThenRecreatesInOrder()
    {
        var (directory, instance) = (NewDirectoryId(), LifecycleFixture.NewInstanceId());
        var engine = await fixture.NewEngineAsync();
        await engine.UpChainAsync(Chain(directory, instance));
        await fixture.Control.ResetStatsAsync();
        var moved = Chain(directory, instance, o => o["product"] = OtherProduct);
        var (reg, sub, user) = (engine.Urn(Values.Registration, RegistrationName), engine.Urn(Values.Subscription, SubscriptionName),
            engine.Urn(Values.Lmus, LmusName));

        var preview = await engine.PreviewChainAsync(moved);
        var plan = engine.LastRunOps;
        var order = new List<string>();
        engine.OnStep += s => { lock (order) order.Add($"{s.Kind} {s.Name}"); };
        var up = await engine.UpChainAsync(moved);

        Assert.All(preview.Where(s => s.Kind != StepKind.Delete), s => Assert.Equal(StepKind.Replace, s.Kind));
        Assert.Empty(PlanCheck.Errors(plan, engine.LastRunOps));
        Assert.Equal(["delete-replaced", "replace", "create-replacement"], engine.LastRunOps[reg]);
        Assert.Equal(["delete-replaced", "replace", "create-replacement"], engine.LastRunOps[sub]);
        Assert.Equal(["delete-replaced", "replace", "create-replacement"], engine.LastRunOps[user]);
        Assert.Equal([$"Delete {LmusName}", $"Delete {SubscriptionName}", $"Delete {RegistrationName}",
            $"Replace {RegistrationName}", $"Replace {SubscriptionName}", $"Replace {LmusName}"], order);
        Assert.Null(up.FirstOrDefault(s => s.Error is not null)?.Error);
        foreach (var operation in Operations) Assert.Equal(1, await fixture.Control.CallsAsync(operation));
        var live = await fixture.Control.StateAsync();
        Assert.Equal((OtherProduct, "REGISTERED"), (Assert.Single(live.Registrations(directory)).Str("product"), live.Registrations(directory)[0].Str("status")));
        Assert.Equal(OtherProduct, Assert.Single(live.LiveSubscriptions(directory)).Str("product"));
        Assert.Equal("ASSOCIATED", Assert.Single(live.LiveAssociations(instance)).Str("status"));
        Assert.True(EmulatorInventory.From(live).Compare(engine.State.Values).Clean, EmulatorInventory.From(live).Compare(engine.State.Values).ToString());

        await engine.DestroyChainAsync();
        Assert.Equal(0, EmulatorInventory.From(await fixture.Control.StateAsync()).Count);
    }

    [Fact]
    public async Task Inventory_CountsRegistrationsAndSubscriptionsAsOrphansAndLost()
    {
        var (directory, instance) = (NewDirectoryId(), LifecycleFixture.NewInstanceId());
        var engine = await fixture.NewEngineAsync();
        await engine.UpChainAsync(Chain(directory, instance));
        var entries = engine.State.Values.ToList();
        var forgotten = entries.Where(e => e.Type != Values.Subscription);
        var invented = entries.Select(e => e.Type == Values.Registration ? (e.Type, RegistrationId(NewDirectoryId())) : (e.Type, e.Id));

        var inventory = EmulatorInventory.From(await fixture.Control.StateAsync());

        Assert.Equal([SubscriptionId(directory)], inventory.Compare(forgotten).Orphans);
        var audit = inventory.Compare(invented);
        Assert.Equal([RegistrationId(directory)], audit.Orphans);
        Assert.Single(audit.Lost);
        await engine.DestroyChainAsync();
    }

    private static DateTimeOffset Time(JsonObject record, string key) =>
        DateTimeOffset.Parse(record.Str(key) ?? throw new InvalidOperationException($"{key} missing: {record.ToJsonString()}"), CultureInfo.InvariantCulture);
}
