using AwsIdentity.Core.Operations;
using AwsIdentity.Aws.LicenseManagerUserSubscriptions.Model;
using AwsIdentity.Core.Resources;
using AwsIdentity.Core.Values;
using AwsIdentity.Tests.Support;

using static AwsIdentity.Tests.Support.LmusScenario;

namespace AwsIdentity.Tests.Resources.LicenseManager;

public sealed class UserAssociationCreateTests
{
    private readonly LmusScenario _s = new();

    [Fact]
    public async Task CreateAsync_HappyPath_AssociatesWithTagsAllAndPollsUntilAssociated()
    {
        _s.Associate().Lists("none", "ASSOCIATING", "ASSOCIATED").Tags(new() { ["owner"] = "desktops" });
        var inputs = Inputs(tags: EksFakes.Map(("team", "a")));

        var result = await _s.Create(inputs);

        var request = Assert.Single(_s.Associations);
        Assert.Equal(User, request.Username);
        Assert.Equal(Instance, request.InstanceId);
        Assert.Equal(Domain, request.Domain);
        Assert.Equal(DirectoryId, request.IdentityProvider!.ActiveDirectoryIdentityProvider!.DirectoryId);
        Assert.Equal("SELF_MANAGED", request.IdentityProvider.ActiveDirectoryIdentityProvider.ActiveDirectoryType);
        Assert.Equal(new Dictionary<string, string> { ["owner"] = "desktops", ["team"] = "a" }, request.Tags);

        Assert.Equal(3, _s.Listings.Count);
        Assert.All(_s.Listings, l =>
        {
            Assert.Equal((Instance, DirectoryId), (l.Instance, l.Directory));
            Assert.Equal($"Username eq {User},Domain eq {Domain}", l.Filters);
        });
        // AssociateUser carried tagsAll: a fresh association needs no TagResource afterwards.
        Assert.Empty(_s.Tagged);

        Assert.Equal(Id, result.Id);
        Assert.Equal(PropertyValue.Of(UserArn), result.Outputs["instanceUserArn"]);
        Assert.Equal(PropertyValue.Of("ASSOCIATED"), result.Outputs["status"]);
        Assert.Equal(PropertyValue.Of("2024-05-01T12:00:00Z"), result.Outputs["associationDate"]);
        Assert.Equal(EksFakes.Map(("owner", "desktops"), ("team", "a")), result.Outputs["tagsAll"]);
        Assert.Equal(inputs["identityProvider"], result.Outputs["identityProvider"]);
    }

    [Fact]
    public async Task CreateAsync_NoDomain_FiltersByUsernameOnlyAndIdHasThreeParts()
    {
        _s.Associate().Lists(Page(null, Summary("ASSOCIATED", domain: null))).Tags(new() { ["owner"] = "desktops" });
        var result = await _s.Create(Inputs(domain: null));
        Assert.Null(Assert.Single(_s.Associations).Domain);
        Assert.Equal($"Username eq {User}", Assert.Single(_s.Listings).Filters);
        Assert.Equal($"{Instance}:{DirectoryId}:{User}", result.Id);
    }

    [Fact]
    public async Task CreateAsync_OtherUsersListed_WaitsForTheMatchingOneIgnoringCase()
    {
        _s.Associate().Lists(Page(null, Summary("ASSOCIATED", user: "bob"), Summary("ASSOCIATING", user: "ALICE", domain: "CORP.example.com")),
            Page(null, Summary("ASSOCIATED", user: "ALICE", domain: "CORP.example.com"))).Tags(null);
        Assert.Equal(Id, (await _s.Create(Inputs())).Id);
        Assert.Equal(2, _s.Listings.Count);
    }

    [Fact]
    public async Task CreateAsync_Conflict_RetriesAssociate()
    {
        // The conflict is not our own association (nothing adoptable is listed): AssociateUser is retried.
        _s.Associate(new ConflictException("another operation is in progress"), new AssociateUserResponse { InstanceUserSummary = Summary("ASSOCIATING") })
            .Lists("none", "ASSOCIATED").Tags(null);

        Assert.Equal(Id, (await _s.Create(Inputs())).Id);

        Assert.Equal(2, _s.Associations.Count);
        Assert.Contains(_s.F.Messages(ephemeral: true), m => m.Contains("License Manager reports a conflicting change in flight"));
    }

    [Theory]
    [InlineData("ASSOCIATING")]
    [InlineData("associated")]
    public async Task CreateAsync_ConflictWithOwnEarlierAssociation_AdoptsItAndWarns(string existing)
    {
        _s.Owner = HandlerFixture.Owner;
        _s.Associate(new ConflictException("user already associated")).Lists(existing, "ASSOCIATED")
            .Tags(new() { [Ownership.TagKey] = HandlerFixture.Owner });

        var result = await _s.Create(Inputs());

        Assert.Equal(Id, result.Id);
        Assert.Single(_s.Associations);
        var warning = Assert.Single(_s.F.Lines, l => l.Severity == OperationLogLevel.Warning);
        Assert.Contains($"already {existing}", warning.Message);
        Assert.Contains("adopting", warning.Message);
        Assert.Equal(HandlerFixture.Urn, warning.Urn);
        Assert.False(warning.Ephemeral);
    }

    [Fact]
    public async Task CreateAsync_ConflictWithDisassociatingUser_IsNotAdopted()
    {
        _s.Associate(new ConflictException("busy"), new AssociateUserResponse { InstanceUserSummary = Summary("ASSOCIATING") })
            .Lists("DISASSOCIATING", "ASSOCIATED").Tags(null);
        await _s.Create(Inputs());
        Assert.Equal(2, _s.Associations.Count);
        Assert.DoesNotContain(_s.F.Lines, l => l.Severity == OperationLogLevel.Warning);
    }

    [Fact]
    public async Task CreateAsync_Rejected_FailsPlainly()
    {
        _s.Associate(new ValidationException("directory d-1234567890 is not registered"));
        var e = await Assert.ThrowsAsync<OperationFailedException>(() => _s.Create(Inputs()));
        Assert.Equal("associating user alice with instance i-0123456789abcdef0: directory d-1234567890 is not registered", e.Message);
    }

    [Fact]
    public async Task CreateAsync_SecretUsername_StaysSecretInOutputs()
    {
        _s.Associate().Lists("ASSOCIATED").Tags(null);
        var inputs = Inputs().With("username", PropertyValue.Secret(PropertyValue.Of(User)));
        var result = await _s.Create(inputs);
        Assert.Equal(User, Assert.Single(_s.Associations).Username);
        Assert.Equal(PropertyValue.Secret(PropertyValue.Of(User)), result.Outputs["username"]);
    }

    [Fact]
    public async Task CreateAsync_Preview_TouchesNoAws()
    {
        var result = await _s.F.UserHandler().PlanCreateAsync(Inputs());
        Assert.Equal(PropertyValue.Unknown, result.Outputs["instanceUserArn"]);
        _s.F.Lmus.VerifyNoOtherCalls();
    }
}
