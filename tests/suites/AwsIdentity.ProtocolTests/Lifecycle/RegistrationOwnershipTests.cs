using static AwsIdentity.ProtocolTests.Lifecycle.RegistrationPrograms;
using static AwsIdentity.ProtocolTests.Lifecycle.SubscriptionPrograms;

namespace AwsIdentity.ProtocolTests.Lifecycle;

/// <summary>
/// awsidentity:licensemanager:IdentityProviderRegistration adopts only what it created itself (README "Ownership"):
/// a second stack registering the same directory for the same product is refused, a registration made outside
/// Pulumi gets the import command, and a create cut short by a crash is taken over by the next up of the same stack.
/// </summary>
public sealed class RegistrationOwnershipTests(LifecycleFixture fixture) : IClassFixture<LifecycleFixture>
{
    private static OwnedResource Reg(string directory) => new(AwsIdentity.Harness.Values.Registration, RegistrationName,
        $"registering directory {directory} for {Product}", RegistrationId(directory), "identityProviderArn", "REGISTERED",
        edit => Registration(directory, edit), state => state.LiveRegistrations(directory));

    [Fact]
    public Task Create_SameDirectoryAndProductInASecondStack_FailsAsOwnedElsewhere_AndTheFirstSurvives() =>
        OwnershipChecks.SecondStackIsRefusedAsync(fixture, Reg(NewDirectoryId()));

    [Fact]
    public async Task Create_DirectoryRegisteredOutsidePulumi_FailsWithTheExactImportCommand_WhichThenWorks()
    {
        var directory = await SeededDirectoryAsync(fixture);
        await OwnershipChecks.OutsideObjectGetsTheImportCommandAsync(fixture, Reg(directory));
    }

    [Fact]
    public async Task Create_ProviderKilledMidCreate_TheNextUpOfTheSameStackAdoptsItsOwnRegistration()
    {
        var reg = Reg(NewDirectoryId());
        var (_, next) = await OwnershipChecks.KilledCreateIsAdoptedAsync(fixture, reg, reg.Program(null));
        await next.DestroyAsync();
        Assert.Empty(reg.Live(await fixture.Control.StateAsync()));
    }

    [Fact]
    public Task Marker_IsInAwsButNeverInTagsOrTagsAll() =>
        OwnershipChecks.MarkerIsKeptAndHiddenAsync(fixture, Reg(NewDirectoryId()));
}
