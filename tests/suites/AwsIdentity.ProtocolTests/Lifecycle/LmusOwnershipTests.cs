namespace AwsIdentity.ProtocolTests.Lifecycle;

/// <summary>
/// awsidentity:licensemanager:UserAssociation adopts only what it created itself (issue 11, 2.2): a second stack
/// for the same user is refused, an association made outside Pulumi gets the import command, a create cut short
/// by a crash is taken over by the next up of the same stack, and the marker stays out of tags and tagsAll.
/// </summary>
public sealed class LmusOwnershipTests(LifecycleFixture fixture) : IClassFixture<LifecycleFixture>
{
    private static OwnedResource User(string instance) => new(AwsIdentity.Harness.Values.Lmus, Programs.LmusName,
        $"associating user alice with instance {instance}", $"{instance}:{LifecycleFixture.DirectoryId}:alice:corp.example.com",
        "instanceUserArn", "ASSOCIATED", edit => Programs.Lmus(instance, edit: edit), state => state.LiveAssociations(instance));

    [Fact]
    public Task Create_SameUserInASecondStack_FailsAsOwnedElsewhere_AndTheFirstStacksAssociationSurvives() =>
        OwnershipChecks.SecondStackIsRefusedAsync(fixture, User(LifecycleFixture.NewInstanceId()));

    [Fact]
    public async Task Create_UserAssociatedOutsidePulumi_FailsWithTheExactImportCommand_WhichThenWorks()
    {
        var instance = LifecycleFixture.NewInstanceId();
        using var outside = new OutsideAws(fixture);
        await outside.AssociateUserAsync(instance);
        await OwnershipChecks.OutsideObjectGetsTheImportCommandAsync(fixture, User(instance));
    }

    [Fact]
    public async Task Create_ProviderKilledMidCreate_TheNextUpOfTheSameStackAdoptsItsOwnAssociation()
    {
        var user = User(LifecycleFixture.NewInstanceId());
        var (_, next) = await OwnershipChecks.KilledCreateIsAdoptedAsync(fixture, user, user.Program(null));
        await next.DestroyAsync();
        Assert.Empty(user.Live(await fixture.Control.StateAsync()));
    }

    [Fact]
    public Task Marker_IsInAwsButNeverInTagsOrTagsAll_AndSurvivesTagUpdatesRefreshAndImport() =>
        OwnershipChecks.MarkerIsKeptAndHiddenAsync(fixture, User(LifecycleFixture.NewInstanceId()));
}
