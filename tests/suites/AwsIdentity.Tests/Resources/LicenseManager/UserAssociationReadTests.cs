using AwsIdentity.Aws.LicenseManagerUserSubscriptions.Model;
using AwsIdentity.Core.Resources;
using AwsIdentity.Core.Values;
using AwsIdentity.Tests.Support;
using Moq;
using static AwsIdentity.Tests.Support.LmusScenario;

namespace AwsIdentity.Tests.Resources.LicenseManager;

/// <summary>Reads (refresh, import) through the shared per-instance listing of AssociationLookup.</summary>
public sealed class UserAssociationReadTests
{
    private readonly LmusScenario _s = new();

    private static string InstanceOf(int n) => $"i-{n:x17}";

    /// <summary>Every instance lists users u0..u9, each ASSOCIATED.</summary>
    private void ListTenUsersPerInstance() =>
        _s.F.Lmus.Setup(l => l.ListUserAssociationsAsync(It.IsAny<ListUserAssociationsRequest>(), It.IsAny<CancellationToken>()))
            .Callback((ListUserAssociationsRequest r, CancellationToken _) => _s.Listings.Add((r.InstanceId, null, r.NextToken, r.MaxResults, "")))
            .Returns((ListUserAssociationsRequest r, CancellationToken _) => Task.FromResult(
                Page(null, [.. Enumerable.Range(0, 10).Select(u => Summary("ASSOCIATED", user: $"u{u}", domain: null, instance: r.InstanceId!))])));

    [Fact]
    public async Task ReadAsync_FiftyReadsOnFiveInstances_ListEachInstanceOnce()
    {
        ListTenUsersPerInstance();
        _s.Tags(null);

        for (var i = 0; i < 5; i++)
            for (var u = 0; u < 10; u++)
                Assert.Equal($"u{u}", ((StringValue)(await _s.Read($"{InstanceOf(i)}:{DirectoryId}:u{u}")).Inputs!["username"]!).Value);

        _s.F.Lmus.Verify(l => l.ListUserAssociationsAsync(It.IsAny<ListUserAssociationsRequest>(), It.IsAny<CancellationToken>()), Times.Exactly(5));
        Assert.Equal(Enumerable.Range(0, 5).Select(InstanceOf), _s.Listings.Select(l => l.Instance));
        Assert.All(_s.Listings, l => Assert.Equal(100, l.MaxResults));
    }

    [Fact]
    public async Task ReadAsync_ConcurrentReadsOfOneInstance_ShareOneListingCall()
    {
        var pending = new TaskCompletionSource<ListUserAssociationsResponse>();
        _s.F.Lmus.Setup(l => l.ListUserAssociationsAsync(It.IsAny<ListUserAssociationsRequest>(), It.IsAny<CancellationToken>())).Returns(pending.Task);
        _s.Tags(null);
        var handler = _s.F.UserHandler();

        var reads = Enumerable.Range(0, 10).Select(u => handler.ReadAsync(
            new ReadRequest($"{Instance}:{DirectoryId}:u{u}", HandlerFixture.Urn, null, null), default)).ToList();
        pending.SetResult(Page(null, [.. Enumerable.Range(0, 10).Select(u => Summary("ASSOCIATED", user: $"u{u}", domain: null))]));
        var results = await Task.WhenAll(reads);

        Assert.All(results, r => Assert.NotNull(r.Id));
        _s.F.Lmus.Verify(l => l.ListUserAssociationsAsync(It.IsAny<ListUserAssociationsRequest>(), It.IsAny<CancellationToken>()), Times.Once);
    }

    [Fact]
    public async Task ReadAsync_PaginatedListing_FollowsNextToken()
    {
        _s.Lists(Page("page-2", Summary("ASSOCIATED", user: "bob")), Page("page-3"), Page(null, Summary("ASSOCIATED"))).Tags(null);

        var result = await _s.Read(Id);

        Assert.Equal(Id, result.Id);
        Assert.Equal([null, "page-2", "page-3"], _s.Listings.Select(l => l.NextToken));
    }

    [Fact]
    public async Task ReadAsync_AfterListingLifetime_ListsAgain()
    {
        _s.Lists("ASSOCIATED").Tags(null);

        await _s.Read(Id);
        _s.F.Time.Step(TimeSpan.FromSeconds(9));
        await _s.Read(Id);
        Assert.Single(_s.Listings);

        _s.F.Time.Step(TimeSpan.FromSeconds(2)); // 11 s after the listing: older than ListingLifetime (10 s)
        await _s.Read(Id);
        Assert.Equal(2, _s.Listings.Count);
    }

    [Theory]
    [InlineData("DISASSOCIATED")]
    [InlineData("disassociated")]
    [InlineData("none")]
    public async Task ReadAsync_DisassociatedOrMissing_ReturnsGone(string listed)
    {
        _s.Lists(listed);
        Assert.Same(ReadResult.Gone, await _s.Read(Id, Outputs(Inputs(), EksFakes.Map()), Inputs()));
    }

    [Fact]
    public async Task ReadAsync_InstanceGone_ReturnsGone()
    {
        _s.Lists(new ResourceNotFoundException("instance not found"));
        Assert.Null((await _s.Read(Id)).Id);
    }

    [Fact]
    public async Task ReadAsync_TagsGone_ReturnsGone()
    {
        _s.Lists("ASSOCIATED");
        _s.F.Lmus.Setup(l => l.ListTagsForResourceAsync(It.IsAny<ListTagsForResourceRequest>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new ResourceNotFoundException("no such arn"));
        Assert.Null((await _s.Read(Id)).Id);
    }

    [Fact]
    public async Task ReadAsync_Refresh_ReturnsLiveStateWithDefaultTagsOnlyInTagsAll()
    {
        _s.Lists(Page(null, Summary("ASSOCIATED", message: "ok"))).Tags(new() { ["owner"] = "desktops", ["team"] = "b" });
        var inputs = Inputs(tags: EksFakes.Map(("team", "a")));

        var result = await _s.Read(Id, Outputs(inputs, EksFakes.Map()), inputs);

        Assert.Equal(Inputs(tags: EksFakes.Map(("team", "b"))), result.Inputs);
        Assert.Equal(EksFakes.Map(("owner", "desktops"), ("team", "b")), result.Outputs!["tagsAll"]);
        Assert.Equal(PropertyValue.Of("ok"), result.Outputs["statusMessage"]);
    }

    [Fact]
    public async Task ReadAsync_ImportWithDomain_RebuildsInputs()
    {
        _s.Lists("ASSOCIATED").Tags(new() { ["owner"] = "desktops" });
        var result = await _s.Read(Id);
        Assert.Equal(Id, result.Id);
        Assert.Equal(Inputs(), result.Inputs);
        Assert.Equal(PropertyValue.Of(UserArn), result.Outputs!["instanceUserArn"]);
    }

    [Fact]
    public async Task ReadAsync_ImportWithoutDomain_RebuildsInputsWithoutDomain()
    {
        _s.Lists(Page(null, Summary("ASSOCIATED", domain: "other.example.com"), Summary("ASSOCIATED", domain: null))).Tags(null);
        var id = $"{Instance}:{DirectoryId}:{User}";
        var result = await _s.Read(id);
        Assert.Equal(id, result.Id);
        Assert.Equal(Inputs(domain: null), result.Inputs);
    }

    [Theory]
    [InlineData("i-0123456789abcdef0:d-1234567890")]
    [InlineData("i-0123456789abcdef0::alice")]
    [InlineData("a:b:c:d:e")]
    public async Task ReadAsync_MalformedId_ThrowsArgumentNamingTheForms(string id)
    {
        var e = await Assert.ThrowsAsync<ArgumentException>(() => _s.Read(id));
        Assert.Contains("<instanceId>:<directoryId>:<username>:<domain>", e.Message);
        _s.F.Lmus.VerifyNoOtherCalls();
    }
}
