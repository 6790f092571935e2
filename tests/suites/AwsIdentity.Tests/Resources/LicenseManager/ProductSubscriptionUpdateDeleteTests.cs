using AwsIdentity.Aws.LicenseManagerUserSubscriptions.Model;
using AwsIdentity.Core.Resources;
using AwsIdentity.Core.Values;
using AwsIdentity.Tests.Support;
using static AwsIdentity.Tests.Support.SubscriptionScenario;

namespace AwsIdentity.Tests.Resources.LicenseManager;

public sealed class ProductSubscriptionUpdateDeleteTests
{
    private readonly SubscriptionScenario _s = new();
    private static readonly ObjectValue State = Outputs(Inputs(tags: EksFakes.Map(("team", "a"))), EksFakes.Map(("owner", "desktops"), ("team", "a")));

    [Fact]
    public async Task UpdateAsync_TagsOnly_SyncsTagsAndTouchesNothingElse()
    {
        _s.Tags(new() { ["owner"] = "desktops", ["team"] = "a", [Ownership.TagKey] = "marker" });

        var outputs = await _s.Update(State, Inputs(tags: EksFakes.Map(("env", "prod"))));

        Assert.Equal(["team"], Assert.Single(_s.Untagged).TagKeys!);
        Assert.Equal(new Dictionary<string, string> { ["env"] = "prod" }, Assert.Single(_s.Tagged).Tags);
        Assert.Equal(EksFakes.Map(("env", "prod"), ("owner", "desktops")), outputs["tagsAll"]);
        Assert.Equal(PropertyValue.Of("SUBSCRIBED"), outputs["status"]);
        Assert.Empty(_s.Starts);
        Assert.Empty(_s.Listings);
    }

    [Fact]
    public async Task UpdateAsync_AfterAnInterruptedCreate_WaitsForSubscribedFirst()
    {
        _s.Lists("PENDING", "SUBSCRIBED").Tags(null);
        var partial = Outputs(Inputs(), EksFakes.Map(("owner", "desktops")), status: "PENDING");

        var outputs = await _s.Update(partial, Inputs(tags: EksFakes.Map(("a", "b"))));

        Assert.Equal(2, _s.Listings.Count);
        Assert.Equal(new Dictionary<string, string> { ["a"] = "b", ["owner"] = "desktops" }, Assert.Single(_s.Tagged).Tags);
        Assert.Equal(PropertyValue.Of("SUBSCRIBED"), outputs["status"]);
        Assert.Empty(_s.Starts);
    }

    [Fact]
    public async Task DeleteAsync_StateHasArn_StopsByArnAndWaitsUntilUnsubscribed()
    {
        _s.Stop().Lists("SUBSCRIBED", "UNSUBSCRIBED");

        await _s.Delete(State);

        var request = Assert.Single(_s.Stops);
        Assert.Equal(UserArn, request.ProductUserArn);
        Assert.Null(request.Username);
        Assert.Null(request.Product);
        Assert.Equal(2, _s.Listings.Count);
        Assert.Contains(_s.F.Messages(ephemeral: true), m => m.Contains($"{Product} subscription to be stopped: SUBSCRIBED"));
    }

    [Fact]
    public async Task DeleteAsync_StateWithoutArn_StopsByUserIdentityProviderProductAndDomain()
    {
        _s.Stop().Lists("none");
        var partial = Inputs().With("status", PropertyValue.Of("PENDING")).With("tagsAll", EksFakes.Map(("owner", "desktops")));

        await _s.Delete(partial);

        var request = Assert.Single(_s.Stops);
        Assert.Null(request.ProductUserArn);
        Assert.Equal((User, Product, Domain), (request.Username, request.Product, request.Domain));
        Assert.Equal("SELF_MANAGED", request.IdentityProvider!.ActiveDirectoryIdentityProvider!.ActiveDirectoryType);
    }

    [Fact]
    public async Task DeleteAsync_NoState_UsesTheDirectoryFromTheId()
    {
        _s.Stop().Lists("none");
        await _s.Delete(ObjectValue.Empty, id: $"{DirectoryId}:{Product}:{User}");
        var request = Assert.Single(_s.Stops);
        Assert.Equal((User, Product, (string?)null), (request.Username, request.Product, request.Domain));
        Assert.Equal(DirectoryId, request.IdentityProvider!.ActiveDirectoryIdentityProvider!.DirectoryId);
    }

    /// <summary>What StopProductSubscription answers, then what the wait lists, and the calls each way of ending takes.</summary>
    [Theory]
    [InlineData("not found", 1, 0)]     // ResourceNotFound: already gone, nothing to wait for
    [InlineData("unlisted", 1, 2)]      // listed SUBSCRIBED, then no longer listed
    [InlineData("directory gone", 1, 2)] // the directory went while polling (ResourceNotFound from the listing)
    [InlineData("conflict", 2, 1)]      // another change in flight (the user is associated nowhere): the stop is retried, then UNSUBSCRIBED
    public async Task DeleteAsync_EndsOnceTheSubscriptionIsGone(string how, int stops, int listings)
    {
        _ = how switch
        {
            "not found" => _s.Stop(new ResourceNotFoundException("no such subscription")),
            "unlisted" => _s.Stop().Lists("SUBSCRIBED", "none"),
            "directory gone" => _s.Stop().Lists("SUBSCRIBED", new ResourceNotFoundException("identity provider not found")),
            _ => _s.Stop(new ConflictException("in flight"), new StopProductSubscriptionResponse()).Lists("UNSUBSCRIBED")
                .Associations(Array.Empty<InstanceSummary>(), _ => "none"),
        };
        await _s.Delete(State);
        Assert.Equal((stops, listings), (_s.Stops.Count, _s.Listings.Count));
    }

    [Fact]
    public async Task DeleteAsync_FailureStatus_FailsWithAwsMessage()
    {
        _s.Stop().Lists(Page(null, Summary("STOP_FAILED", message: "billing period locked")));
        var e = await Assert.ThrowsAsync<OperationFailedException>(() => _s.Delete(State));
        Assert.StartsWith($"stopping the {Product} subscription of user alice: ", e.Message);
        Assert.Contains("billing period locked", e.Message);
    }

    private ChangePlan Diff(ObjectValue news) =>
        _s.Handler.Diff(new DiffRequest(Id, HandlerFixture.Urn, State, Inputs(tags: EksFakes.Map(("team", "a"))), news, []));

    [Theory]
    [InlineData("bob", Domain, Product)]
    [InlineData(User, "other.example.com", Product)]
    [InlineData(User, null, Product)]
    [InlineData(User, Domain, "OFFICE_PROFESSIONAL_PLUS")]
    public void Diff_SubscriptionIdentityChanged_ReplacesStoppingFirst(string user, string? domain, string product)
    {
        var diff = Diff(Inputs(user: user, domain: domain, product: product, tags: EksFakes.Map(("team", "a"))));
        Assert.NotEmpty(diff.ReplaceKeys);
        Assert.True(diff.DeleteFirst);
    }

    [Fact]
    public void Diff_CaseOnlyChangeOfUserAndDomain_IsNoChange() =>
        Assert.False(Diff(Inputs(user: "ALICE", domain: "Corp.Example.com", tags: EksFakes.Map(("team", "a")))).HasChanges);

    [Fact]
    public void Diff_CaseChangeOfProduct_Replaces() =>
        Assert.NotEmpty(Diff(Inputs(product: "visual_studio_professional", tags: EksFakes.Map(("team", "a")))).ReplaceKeys);

    [Fact]
    public void Diff_TagsOnly_UpdatesInPlace()
    {
        var diff = Diff(Inputs(tags: EksFakes.Map(("team", "b"))));
        Assert.True(diff.HasChanges);
        Assert.Empty(diff.ReplaceKeys);
        Assert.False(diff.DeleteFirst);
    }
}
