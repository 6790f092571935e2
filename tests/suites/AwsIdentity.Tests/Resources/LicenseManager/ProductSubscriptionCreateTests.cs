using AwsIdentity.Aws.LicenseManagerUserSubscriptions.Model;
using AwsIdentity.Core.Operations;
using AwsIdentity.Core.Resources;
using AwsIdentity.Core.Values;
using AwsIdentity.Core.Waiting;
using AwsIdentity.Tests.Support;
using static AwsIdentity.Tests.Support.SubscriptionScenario;

namespace AwsIdentity.Tests.Resources.LicenseManager;

public sealed class ProductSubscriptionCreateTests
{
    private readonly SubscriptionScenario _s = new();

    [Fact]
    public async Task CreateAsync_HappyPath_StartsWithTagsAllAndPollsUntilSubscribed()
    {
        _s.Start().Lists("none", "PENDING", "SUBSCRIBED").Tags(null);
        var inputs = Inputs(tags: EksFakes.Map(("team", "a")));

        var result = await _s.Create(inputs);

        var request = Assert.Single(_s.Starts);
        Assert.Equal((User, Product, Domain), (request.Username, request.Product, request.Domain));
        Assert.Equal(DirectoryId, request.IdentityProvider!.ActiveDirectoryIdentityProvider!.DirectoryId);
        Assert.Equal(new Dictionary<string, string> { ["owner"] = "desktops", ["team"] = "a" }, request.Tags);
        Assert.Equal(3, _s.Listings.Count);
        Assert.All(_s.Listings, l =>
        {
            Assert.Equal((DirectoryId, Product), (l.Directory, l.Product));
            Assert.Equal($"Username eq {User},Domain eq {Domain}", l.Filters);
        });
        Assert.Empty(_s.Tagged); // StartProductSubscription carried tagsAll

        Assert.Equal(Id, result.Id);
        Assert.Equal(PropertyValue.Of(UserArn), result.Outputs["productUserArn"]);
        Assert.Equal(PropertyValue.Of("SUBSCRIBED"), result.Outputs["status"]);
        Assert.Equal(PropertyValue.Of("2024-05-01T12:00:00Z"), result.Outputs["subscriptionStartDate"]);
        Assert.Equal(EksFakes.Map(("owner", "desktops"), ("team", "a")), result.Outputs["tagsAll"]);
        Assert.Equal(inputs["identityProvider"], result.Outputs["identityProvider"]);
        Assert.Contains(_s.F.Messages(ephemeral: true), m => m.Contains($"{Product} subscription to be SUBSCRIBED: PENDING"));
    }

    [Fact]
    public async Task CreateAsync_NoDomain_FiltersByUsernameOnlyAndIdHasThreeParts()
    {
        _s.Start().Lists(Page(null, Summary("SUBSCRIBED", domain: "corp.example.com"))).Tags(null);
        var result = await _s.Create(Inputs(domain: null));
        Assert.Null(Assert.Single(_s.Starts).Domain);
        Assert.Equal($"Username eq {User}", Assert.Single(_s.Listings).Filters);
        Assert.Equal($"{DirectoryId}:{Product}:{User}", result.Id);
    }

    [Fact]
    public async Task CreateAsync_StoppedEntryListedBesideTheNewOne_WaitsForTheNewOneIgnoringCase()
    {
        _s.Start().Lists(Page(null, Summary("UNSUBSCRIBED", end: "2024-04-30T00:00:00Z"), Summary("PENDING", user: "ALICE")),
            Page(null, Summary("UNSUBSCRIBED"), Summary("ACTIVE", user: "ALICE", domain: "CORP.example.com"))).Tags(null);
        var result = await _s.Create(Inputs());
        Assert.Equal(PropertyValue.Of("ACTIVE"), result.Outputs["status"]);
        Assert.Equal(2, _s.Listings.Count);
    }

    [Theory]
    [InlineData("FAILED")]
    [InlineData("SUBSCRIPTION_FAILED")]
    [InlineData("failure")]
    public async Task CreateAsync_FailureStatus_KeepsItInStateWithAwsMessage(string status)
    {
        _s.Start().Lists("PENDING", Page(null, Summary(status, message: "the product is not registered for this directory")));

        var e = await Assert.ThrowsAsync<ResourceInitFailedException>(() => _s.Create(Inputs()));

        Assert.Equal(Id, e.Id);
        var reason = Assert.Single(e.Reasons);
        Assert.Contains($"ended {status}: the product is not registered for this directory", reason);
        Assert.Contains("kept in state", reason);
        Assert.Equal(PropertyValue.Of(UserArn), e.Outputs["productUserArn"]);
        Assert.IsType<WaitFailedException>(e.InnerException);
    }

    [Theory]
    [InlineData("UNSUBSCRIBED")]
    [InlineData("UNSUBSCRIBING")]
    public async Task CreateAsync_StoppedWhileStarting_Fails(string status)
    {
        _s.Start().Lists(status);
        var e = await Assert.ThrowsAsync<ResourceInitFailedException>(() => _s.Create(Inputs()));
        Assert.Contains($"ended {status}: the subscription was removed while it was being created", Assert.Single(e.Reasons));
    }

    [Fact]
    public async Task CreateAsync_UnknownStatus_KeepsWaitingUntilTheTimeout()
    {
        _s.Start().Lists("AWAITING_BILLING");
        var e = await Assert.ThrowsAsync<ResourceInitFailedException>(() => _s.Create(Inputs(), timeout: TimeSpan.FromSeconds(1)));
        Assert.Contains("was still AWAITING_BILLING after 1s", Assert.Single(e.Reasons));
        Assert.IsType<WaitTimeoutException>(e.InnerException);
        Assert.Equal(PropertyValue.Of("PENDING"), e.Outputs["status"]);
    }

    [Fact]
    public async Task CreateAsync_ConflictWithNothingAdoptable_RetriesStart()
    {
        _s.Start(new ConflictException("a stop is in progress"),
                new StartProductSubscriptionResponse { ProductUserSummary = Summary("PENDING") })
            .Lists("UNSUBSCRIBED", "SUBSCRIBED").Tags(null);
        Assert.Equal(Id, (await _s.Create(Inputs())).Id);
        Assert.Equal(2, _s.Starts.Count);
        Assert.DoesNotContain(_s.F.Lines, l => l.Severity == OperationLogLevel.Warning);
    }

    [Fact]
    public async Task CreateAsync_Rejected_FailsPlainly()
    {
        _s.Start(new ValidationException("directory d-1234567890 is not registered for VISUAL_STUDIO_PROFESSIONAL"));
        var e = await Assert.ThrowsAsync<OperationFailedException>(() => _s.Create(Inputs()));
        Assert.Equal($"subscribing user alice to {Product}: directory d-1234567890 is not registered for VISUAL_STUDIO_PROFESSIONAL", e.Message);
    }

    [Fact]
    public async Task CreateAsync_ThreeUsersOfOneDirectoryAndProductAtOnce_ShareTheirPolls()
    {
        _s.Start().Lists(Page(null, [.. new[] { "u0", "u1", "u2" }.Select(u => Summary("SUBSCRIBED", user: u, domain: null))])).Tags(null);

        var results = await _s.F.Drive(() => Task.WhenAll(new[] { "u0", "u1", "u2" }.Select(u =>
            _s.Handler.CreateAsync(new CreateRequest(HandlerFixture.Urn, Inputs(user: u, domain: null), null), default))));

        Assert.Equal(["u0", "u1", "u2"], results.Select(r => ((StringValue)r.Outputs["username"]!).Value));
        // The waits that polled together shared one unfiltered listing of the directory and product (SharedListing.cs):
        // fewer listings than waits (a wait left alone, once the others are done, asks for its user only).
        Assert.InRange(_s.Listings.Count, 1, 2);
        Assert.Contains((DirectoryId, Product, (string?)null, (int?)100, ""), _s.Listings);
    }

    [Fact]
    public void PlanCreate_TouchesNoAws()
    {
        var planned = _s.Handler.PlanCreate(Inputs());
        Assert.Equal(PropertyValue.Unknown, planned.Outputs["productUserArn"]);
        Assert.Equal(PropertyValue.Unknown, planned.Outputs["subscriptionEndDate"]);
        _s.F.Lmus.VerifyNoOtherCalls();
    }
}
