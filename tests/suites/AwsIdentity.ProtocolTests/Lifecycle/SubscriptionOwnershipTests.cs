using AwsIdentity.Harness;
using static AwsIdentity.ProtocolTests.Lifecycle.SubscriptionPrograms;

namespace AwsIdentity.ProtocolTests.Lifecycle;

/// <summary>
/// awsidentity:licensemanager:ProductSubscription adopts only what it created itself (README "Ownership"): a second
/// stack for the same user and product is refused, a subscription started outside Pulumi gets the import command,
/// and a create cut short by a crash is taken over by the next up of the same stack.
/// </summary>
public sealed class SubscriptionOwnershipTests(LifecycleFixture fixture) : IClassFixture<LifecycleFixture>
{
    private static OwnedResource Sub(string directory) => new(AwsIdentity.Harness.Values.Subscription, SubscriptionName,
        $"subscribing user alice to {Product}", SubscriptionId(directory), "productUserArn", "SUBSCRIBED",
        edit => Subscription(directory, edit: edit), state => state.LiveSubscriptions(directory));

    [Fact]
    public async Task Create_SameUserAndProductInASecondStack_FailsAsOwnedElsewhere_AndTheFirstSurvives() =>
        await OwnershipChecks.SecondStackIsRefusedAsync(fixture, Sub(await SeededDirectoryAsync(fixture)));

    [Fact]
    public async Task Create_SubscriptionStartedOutsidePulumi_FailsWithTheExactImportCommand_WhichThenWorks()
    {
        var directory = await SeededDirectoryAsync(fixture);
        await fixture.Control.SeedSubscriptionAsync(directory, Product, "alice", "corp.example.com");
        await OwnershipChecks.OutsideObjectGetsTheImportCommandAsync(fixture, Sub(directory));
    }

    [Fact]
    public async Task Create_ProviderKilledMidCreate_TheNextUpOfTheSameStackAdoptsItsOwnSubscription()
    {
        var sub = Sub(await SeededDirectoryAsync(fixture));
        var (_, next) = await OwnershipChecks.KilledCreateIsAdoptedAsync(fixture, sub, sub.Program(null));
        await next.DestroyAsync();
        Assert.Empty(sub.Live(await fixture.Control.StateAsync()));
    }

    [Fact]
    public async Task Marker_IsInAwsButNeverInTagsOrTagsAll() =>
        await OwnershipChecks.MarkerIsKeptAndHiddenAsync(fixture, Sub(await SeededDirectoryAsync(fixture)));
}
