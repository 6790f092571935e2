using AwsIdentity.Aws.LicenseManagerUserSubscriptions.Model;
using AwsIdentity.Core.Resources;
using AwsIdentity.Core.Values;
using AwsIdentity.Tests.Support;
using static AwsIdentity.Tests.Support.RegistrationScenario;
using static AwsIdentity.Tests.Support.V;

namespace AwsIdentity.Tests.Resources.LicenseManager;

public sealed class IdentityProviderRegistrationUpdateDeleteTests
{
    private readonly RegistrationScenario _s = new();
    private static readonly ObjectValue Olds = Inputs(SettingsValue(Group, SubnetA, SubnetB));

    [Fact]
    public async Task UpdateAsync_SubnetsChanged_SendsOnlyTheSetDifferences()
    {
        _s.Update().Lists("REGISTERED").Tags(new() { ["owner"] = "desktops" });

        var outputs = await _s.UpdateTo(Olds, Inputs(SettingsValue(Group, SubnetC, SubnetB)));

        var request = Assert.Single(_s.Updates);
        Assert.Equal(Product, request.Product);
        Assert.Equal(DirectoryId, request.IdentityProvider!.ActiveDirectoryIdentityProvider!.DirectoryId);
        Assert.Equal([SubnetC], request.UpdateSettings!.AddSubnets!);
        Assert.Equal([SubnetA], request.UpdateSettings.RemoveSubnets!);
        Assert.Null(request.UpdateSettings.SecurityGroupId);
        Assert.Equal(SettingsValue(Group, SubnetB, SubnetC), outputs["settings"]);
        Assert.Single(_s.Listings); // waited until settled again
        Assert.Empty(_s.Tagged);
        Assert.Empty(_s.Registrations);
    }

    [Fact]
    public async Task UpdateAsync_SecurityGroupChanged_SendsItWithEmptySubnetLists()
    {
        _s.Update().Lists("REGISTERED").Tags(new() { ["owner"] = "desktops" });
        await _s.UpdateTo(Olds, Inputs(SettingsValue("sg-0fedcba987654321f", SubnetB, SubnetA)));
        var change = Assert.Single(_s.Updates).UpdateSettings!;
        Assert.Equal("sg-0fedcba987654321f", change.SecurityGroupId);
        Assert.Empty(change.AddSubnets!);
        Assert.Empty(change.RemoveSubnets!);
    }

    [Fact]
    public async Task UpdateAsync_SubnetsReorderedOrSettingsLeftOut_CallsNoUpdate()
    {
        _s.Tags(new() { ["owner"] = "desktops" });
        await _s.UpdateTo(Olds, Inputs(SettingsValue(Group, SubnetB, SubnetA), Map(("team", "b"))));
        var outputs = await _s.UpdateTo(Olds, Inputs(tags: Map(("team", "b"))));
        Assert.Empty(_s.Updates);
        Assert.Equal(SettingsValue(Group, SubnetA, SubnetB), outputs["settings"]); // left out: AWS's are kept
        Assert.Equal(2, _s.Tagged.Count);
    }

    [Fact]
    public async Task UpdateAsync_TagsOnly_SyncsTags()
    {
        _s.Tags(new() { ["owner"] = "desktops", ["team"] = "a" });
        var outputs = await _s.UpdateTo(Olds, Inputs(SettingsValue(Group, SubnetA, SubnetB), Map(("cost", "42"))));
        Assert.Equal(["team"], Assert.Single(_s.Untagged).TagKeys!);
        Assert.Equal(new Dictionary<string, string> { ["cost"] = "42" }, Assert.Single(_s.Tagged).Tags);
        Assert.Equal(Arn, _s.Tagged[0].ResourceArn);
        Assert.Equal(Map(("cost", "42"), ("owner", "desktops")), outputs["tagsAll"]);
    }

    [Fact]
    public async Task UpdateAsync_SettingsNeverSettle_KeepsTheChangeInState()
    {
        _s.Update().Lists(Page(null, Summary("UPDATE_FAILED", message: "subnet in another VPC")));
        var e = await Assert.ThrowsAsync<ResourceInitFailedException>(() => _s.UpdateTo(Olds, Inputs(SettingsValue(Group, SubnetC))));
        var reason = Assert.Single(e.Reasons);
        Assert.Contains("ended UPDATE_FAILED: subnet in another VPC", reason);
        Assert.EndsWith("the settings change was started, so it is kept in state", reason);
        Assert.Equal(SettingsValue(Group, SubnetC), e.Outputs["settings"]);
    }

    [Fact]
    public async Task UpdateAsync_InterruptedCreate_WaitsForRegisteredFirst()
    {
        _s.Lists("REGISTERING", "REGISTERED").Tags(new() { ["owner"] = "desktops" });
        var partial = Inputs().With("status", S("REGISTERING")).With("tagsAll", Map(("owner", "desktops")));
        var outputs = await _s.UpdateTo(Inputs(), Inputs(), partial);
        Assert.Equal(2, _s.Listings.Count);
        Assert.Equal(S(Arn), outputs["identityProviderArn"]);
        Assert.Equal(S("REGISTERED"), outputs["status"]);
    }

    [Fact]
    public async Task DeleteAsync_DeregistersAndWaitsUntilGone()
    {
        _s.Deregister().Lists("DEREGISTERING", "none");
        await _s.Delete(Outputs(Olds, Map()));
        var request = Assert.Single(_s.Deregistrations);
        Assert.Equal(Product, request.Product);
        Assert.Equal("SELF_MANAGED", request.IdentityProvider!.ActiveDirectoryIdentityProvider!.ActiveDirectoryType);
        Assert.Equal(2, _s.Listings.Count);
        Assert.Contains(_s.F.Messages(ephemeral: true), m => m.Contains($"directory {DirectoryId} to be DEREGISTERED for {Product}: DEREGISTERING"));
    }

    [Fact]
    public async Task DeleteAsync_ListedAsDeregistered_IsDone()
    {
        _s.Deregister().Lists("DEREGISTERED");
        await _s.Delete(Outputs(Olds, Map()));
        Assert.Single(_s.Listings);
    }

    [Fact]
    public async Task DeleteAsync_NoState_UsesTheIdsDirectoryAndProduct()
    {
        _s.Deregister().Lists("none");
        await _s.Delete(ObjectValue.Empty, id: $"{DirectoryId}:OFFICE_PROFESSIONAL_PLUS");
        var request = Assert.Single(_s.Deregistrations);
        Assert.Equal("OFFICE_PROFESSIONAL_PLUS", request.Product);
        Assert.Equal(DirectoryId, request.IdentityProvider!.ActiveDirectoryIdentityProvider!.DirectoryId);
    }

    [Fact]
    public async Task DeleteAsync_NotFound_IsAlreadyGone()
    {
        _s.Deregister(new ResourceNotFoundException("not registered"));
        await _s.Delete(Outputs(Olds, Map()));
        Assert.Empty(_s.Listings);
    }

    [Fact]
    public async Task DeleteAsync_UsersStillSubscribed_FailsNamingThemAndWhatToDo()
    {
        _s.Deregister(new ConflictException("Identity provider d-1234567890 still has subscribed users")).Subscriptions(
            ("alice", "SUBSCRIBED"), ("bob", "UNSUBSCRIBED"), ("carol", "PENDING"));

        var e = await Assert.ThrowsAsync<OperationFailedException>(() => _s.Delete(Outputs(Olds, Map())));

        Assert.StartsWith($"deregistering directory {DirectoryId} from {Product}: License Manager refuses to deregister", e.Message);
        Assert.Contains("2 still are (alice, carol)", e.Message);
        Assert.Contains("Stop their product subscriptions first", e.Message);
        Assert.Single(_s.Deregistrations); // not retried: waiting would not help
    }

    [Fact]
    public async Task DeleteAsync_ConflictWithoutSubscribedUsers_IsAChangeInFlightAndRetried()
    {
        _s.Deregister(new ConflictException("busy"), new DeregisterIdentityProviderResponse())
            .Subscriptions(("bob", "UNSUBSCRIBED"), ("dave", "UNSUBSCRIBING"), ("erin", "FAILED")).Lists("none");
        await _s.Delete(Outputs(Olds, Map()));
        Assert.Equal(2, _s.Deregistrations.Count);
    }

    [Fact]
    public async Task DeleteAsync_FailureStatus_Fails()
    {
        _s.Deregister().Lists(Page(null, Summary("FAILED", message: "endpoint in use")));
        var e = await Assert.ThrowsAsync<OperationFailedException>(() => _s.Delete(Outputs(Olds, Map())));
        Assert.Contains("ended FAILED: endpoint in use", e.Message);
    }

    private ChangePlan Diff(ObjectValue news) =>
        _s.Handler.Diff(new DiffRequest(Id, HandlerFixture.Urn, Outputs(Olds, Map(("owner", "desktops"))), Olds, news, []));

    [Fact]
    public void Diff_SettingsChanged_UpdatesInPlace()
    {
        var diff = Diff(Inputs(SettingsValue(Group, SubnetC)));
        Assert.True(diff.HasChanges);
        Assert.Empty(diff.ReplaceKeys);
    }

    [Fact]
    public void Diff_SubnetsReordered_IsNoChange() => Assert.False(Diff(Inputs(SettingsValue(Group, SubnetB, SubnetA))).HasChanges);

    [Fact]
    public void Diff_SettingsLeftOut_IsNoChange() => Assert.False(Diff(Inputs()).HasChanges);

    [Theory]
    [InlineData("OFFICE_PROFESSIONAL_PLUS", "SELF_MANAGED")]
    [InlineData(Product, "AWS_MANAGED")]
    public void Diff_ProductOrDirectoryChanged_ReplacesDeletingFirst(string product, string type)
    {
        var diff = Diff(Inputs(SettingsValue(Group, SubnetA, SubnetB), product: product, idp: LmusScenario.IdentityProvider(type)));
        Assert.NotEmpty(diff.ReplaceKeys);
        Assert.True(diff.DeleteFirst);
    }
}
