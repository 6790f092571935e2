using AwsIdentity.Aws.LicenseManagerUserSubscriptions.Model;
using AwsIdentity.Core.Resources;
using AwsIdentity.Core.Values;
using AwsIdentity.Tests.Support;
using Moq;
using static AwsIdentity.Tests.Support.LmusScenario;

namespace AwsIdentity.Tests.Resources.LicenseManager;

public sealed class UserAssociationUpdateDeleteTests
{
    private readonly LmusScenario _s = new();
    private static readonly ObjectValue State = Outputs(Inputs(tags: EksFakes.Map(("team", "a"))), EksFakes.Map(("owner", "desktops"), ("team", "a")));

    [Fact]
    public async Task UpdateAsync_TagsChanged_OnlySyncsTags()
    {
        _s.Tags(new() { ["owner"] = "desktops", ["team"] = "a" });
        var news = Inputs(tags: EksFakes.Map(("cost", "42")));

        var outputs = await _s.F.Drive(() => _s.F.UserHandler().UpdateAsync(
            new UpdateRequest(Id, HandlerFixture.Urn, State, Inputs(), news, null), default));

        Assert.Equal(["team"], Assert.Single(_s.Untagged).TagKeys!);
        Assert.Equal(new Dictionary<string, string> { ["cost"] = "42" }, Assert.Single(_s.Tagged).Tags);
        Assert.Equal(UserArn, _s.Tagged[0].ResourceArn);
        Assert.Empty(_s.Associations);
        _s.F.Lmus.Verify(l => l.AssociateUserAsync(It.IsAny<AssociateUserRequest>(), It.IsAny<CancellationToken>()), Times.Never);
        Assert.Equal(EksFakes.Map(("cost", "42"), ("owner", "desktops")), outputs["tagsAll"]);
    }

    [Fact]
    public async Task UpdateAsync_PartialStateWithoutArn_WaitsForAssociatedThenSyncsTags()
    {
        _s.Lists("ASSOCIATING", "ASSOCIATED").Tags(new() { ["owner"] = "desktops" });
        var old = Inputs().With("status", PropertyValue.Of("ASSOCIATING"));

        var outputs = await _s.F.Drive(() => _s.F.UserHandler().UpdateAsync(
            new UpdateRequest(Id, HandlerFixture.Urn, old, Inputs(), Inputs(tags: EksFakes.Map(("a", "b"))), null), default));

        Assert.Equal(2, _s.Listings.Count);
        Assert.Equal(new Dictionary<string, string> { ["a"] = "b" }, Assert.Single(_s.Tagged).Tags);
        Assert.Equal(PropertyValue.Of(UserArn), outputs["instanceUserArn"]);
        Assert.Equal(PropertyValue.Of("ASSOCIATED"), outputs["status"]);
        Assert.Empty(_s.Associations);
    }

    [Fact]
    public async Task DeleteAsync_StateHasArn_DisassociatesByArnAndWaitsForDisassociated()
    {
        _s.Disassociate().Lists("DISASSOCIATING", "DISASSOCIATED");

        await _s.Delete(State);

        var request = Assert.Single(_s.Disassociations);
        Assert.Equal(UserArn, request.InstanceUserArn);
        Assert.Null(request.Username);
        Assert.Null(request.InstanceId);
        Assert.Equal(2, _s.Listings.Count);
        Assert.Contains(_s.F.Messages(ephemeral: true), m => m.Contains("to be DISASSOCIATED: DISASSOCIATING"));
    }

    [Fact]
    public async Task DeleteAsync_StateWithoutArn_DisassociatesByUserInstanceAndIdentityProvider()
    {
        _s.Disassociate().Lists("none");
        // What a create that failed before AWS reported an ARN leaves in state (ResourceInitFailed outputs).
        var partial = Inputs().With("status", PropertyValue.Of("ASSOCIATING")).With("tagsAll", EksFakes.Map(("owner", "desktops")));

        await _s.Delete(partial);

        var request = Assert.Single(_s.Disassociations);
        Assert.Null(request.InstanceUserArn);
        Assert.Equal((User, Instance, Domain), (request.Username, request.InstanceId, request.Domain));
        Assert.Equal(DirectoryId, request.IdentityProvider!.ActiveDirectoryIdentityProvider!.DirectoryId);
        Assert.Equal("SELF_MANAGED", request.IdentityProvider.ActiveDirectoryIdentityProvider.ActiveDirectoryType);
    }

    [Fact]
    public async Task DeleteAsync_NoState_UsesTheDirectoryFromTheId()
    {
        _s.Disassociate().Lists("none");
        await _s.Delete(ObjectValue.Empty, id: $"{Instance}:{DirectoryId}:{User}");
        var request = Assert.Single(_s.Disassociations);
        Assert.Equal((User, Instance, (string?)null), (request.Username, request.InstanceId, request.Domain));
        Assert.Equal(DirectoryId, request.IdentityProvider!.ActiveDirectoryIdentityProvider!.DirectoryId);
    }

    [Fact]
    public async Task DeleteAsync_NotFound_CountsAsDeleted()
    {
        _s.Disassociate(new ResourceNotFoundException("no such association"));
        await _s.Delete(State);
        Assert.Empty(_s.Listings);
    }

    [Fact]
    public async Task DeleteAsync_InstanceGoneWhilePolling_CountsAsDeleted()
    {
        _s.Disassociate().Lists("DISASSOCIATING", new ResourceNotFoundException("instance not found"));
        await _s.Delete(State);
        Assert.Equal(2, _s.Listings.Count);
    }

    [Fact]
    public async Task DeleteAsync_Conflict_Retries()
    {
        _s.Disassociate(new ConflictException("in flight"), new DisassociateUserResponse()).Lists("DISASSOCIATED");
        await _s.Delete(State);
        Assert.Equal(2, _s.Disassociations.Count);
    }

    [Fact]
    public async Task DeleteAsync_FailureStatus_Fails()
    {
        _s.Disassociate().Lists(Page(null, Summary("DISASSOCIATION_FAILED", message: "instance unreachable")));
        var e = await Assert.ThrowsAsync<OperationFailedException>(() => _s.Delete(State));
        Assert.StartsWith("disassociating user alice from instance i-0123456789abcdef0: ", e.Message);
        Assert.Contains("instance unreachable", e.Message);
    }

    [Fact]
    public async Task DeleteAsync_AccessDenied_Fails()
    {
        _s.Disassociate(new AccessDeniedException("not allowed"));
        var e = await Assert.ThrowsAsync<OperationFailedException>(() => _s.Delete(State));
        Assert.EndsWith(": not allowed", e.Message);
    }

    [Fact]
    public async Task DeleteAsync_NeverDisassociated_TimesOut()
    {
        _s.Disassociate().Lists("DISASSOCIATING");
        var e = await Assert.ThrowsAsync<OperationFailedException>(() => _s.Delete(State, timeout: TimeSpan.FromSeconds(1)));
        Assert.Contains("was still DISASSOCIATING after 1s", e.Message);
    }

    private ChangePlan Diff(ObjectValue news) =>
        _s.F.UserHandler().Diff(new DiffRequest(Id, HandlerFixture.Urn, State, Inputs(tags: EksFakes.Map(("team", "a"))), news, []));

    [Fact]
    public void Diff_IdentityProviderSettingsChanged_ReplacesDeletingFirst()
    {
        var diff = Diff(Inputs(tags: EksFakes.Map(("team", "a")), idp: IdentityProvider(type: "AWS_MANAGED")));
        Assert.NotEmpty(diff.ReplaceKeys);
        Assert.True(diff.DeleteFirst);
    }

    [Theory]
    [InlineData("bob", Instance, Domain)]
    [InlineData(User, "i-0fedcba9876543210", Domain)]
    [InlineData(User, Instance, "other.example.com")]
    public void Diff_AssociationIdentityChanged_ReplacesDeletingFirst(string user, string instance, string? domain)
    {
        var diff = Diff(Inputs(user: user, instance: instance, domain: domain, tags: EksFakes.Map(("team", "a"))));
        Assert.NotEmpty(diff.ReplaceKeys);
        Assert.True(diff.DeleteFirst);
    }

    [Fact]
    public void Diff_DomainLeftOut_ReplacesDeletingFirst()
    {
        // AWS fills in the directory's domain, which may be the old one: possibly the same association (issue 11 §2.5).
        var diff = Diff(Inputs(domain: null, tags: EksFakes.Map(("team", "a"))));
        Assert.Equal(["domain"], diff.ReplaceKeys);
        Assert.True(diff.DeleteFirst);
    }

    [Fact]
    public void Diff_TagsOnly_UpdatesInPlace()
    {
        var diff = Diff(Inputs(tags: EksFakes.Map(("team", "b"))));
        Assert.True(diff.HasChanges);
        Assert.Empty(diff.ReplaceKeys);
        Assert.False(diff.DeleteFirst);
    }
}
