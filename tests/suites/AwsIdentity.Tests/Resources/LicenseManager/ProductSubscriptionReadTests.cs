using AwsIdentity.Aws.LicenseManagerUserSubscriptions.Model;
using AwsIdentity.Core.Resources;
using AwsIdentity.Core.Values;
using AwsIdentity.Tests.Support;
using Moq;
using static AwsIdentity.Tests.Support.SubscriptionScenario;

namespace AwsIdentity.Tests.Resources.LicenseManager;

/// <summary>Reads (refresh, import) through the shared listing of a directory and product (SubscriptionLookup.cs).</summary>
public sealed class ProductSubscriptionReadTests
{
    private readonly SubscriptionScenario _s = new();

    [Fact]
    public async Task ReadAsync_Import_ReturnsInputsAndOutputsWithTagsWithoutTheMarker()
    {
        _s.Lists("SUBSCRIBED").Tags(new() { ["team"] = "a", [Ownership.TagKey] = "marker" });

        var result = await _s.Read(Id);

        Assert.Equal(Id, result.Id);
        var (inputs, outputs) = (result.Inputs!, result.Outputs!);
        Assert.Equal(PropertyValue.Of(User), inputs["username"]);
        Assert.Equal(PropertyValue.Of(Product), inputs["product"]);
        Assert.Equal(PropertyValue.Of(Domain), inputs["domain"]);
        Assert.Equal(PropertyValue.Of(DirectoryId), ((ObjectValue)((ObjectValue)inputs["identityProvider"]!)["activeDirectoryIdentityProvider"]!)["directoryId"]);
        Assert.Equal(EksFakes.Map(("team", "a")), inputs["tags"]);
        Assert.Equal(PropertyValue.Of(UserArn), outputs["productUserArn"]);
        Assert.Equal(EksFakes.Map(("team", "a")), outputs["tagsAll"]);
        var listing = Assert.Single(_s.Listings);
        Assert.Equal((DirectoryId, Product, "", 100), (listing.Directory, listing.Product, listing.Filters, listing.MaxResults));
    }

    [Theory]
    [InlineData("UNSUBSCRIBED")]
    [InlineData("inactive")]
    public async Task ReadAsync_StoppedButStillListed_IsGone(string status)
    {
        _s.Lists(Page(null, Summary(status, end: "2024-06-01T00:00:00Z"))).Tags(null);
        Assert.Same(ReadResult.Gone, await _s.Read(Id));
    }

    [Fact]
    public async Task ReadAsync_StoppedAndNewEntries_ReadsTheLiveOne()
    {
        _s.Lists(Page(null, Summary("UNSUBSCRIBED", end: "2024-04-30T00:00:00Z"), Summary("SUBSCRIBED", user: "Alice"))).Tags(null);
        var result = await _s.Read(Id);
        Assert.Equal(PropertyValue.Of("SUBSCRIBED"), result.Outputs!["status"]);
    }

    [Fact]
    public async Task ReadAsync_NotListed_IsGone()
    {
        _s.Lists(Page(null, Summary("SUBSCRIBED", user: "bob")));
        Assert.Same(ReadResult.Gone, await _s.Read(Id));
    }

    [Fact]
    public async Task ReadAsync_DirectoryNotFound_IsGone()
    {
        _s.Lists(new ResourceNotFoundException("identity provider not registered"));
        Assert.Same(ReadResult.Gone, await _s.Read(Id));
    }

    [Fact]
    public async Task ReadAsync_Refresh_KeepsTheProgramsSpellingOfNamesAndDomain()
    {
        _s.Lists(Page(null, Summary("SUBSCRIBED", user: "ALICE", domain: "CORP.EXAMPLE.COM"))).Tags(null);
        var inputs = Inputs();
        var result = await _s.Read(Id, Outputs(inputs, EksFakes.Map()), inputs);
        Assert.Equal(PropertyValue.Of(User), result.Inputs!["username"]);
        Assert.Equal(PropertyValue.Of(Domain), result.Inputs["domain"]);
    }

    [Fact]
    public async Task ReadAsync_TwentyUsersOfOneDirectoryAndProduct_ShareOneListing()
    {
        _s.F.Lmus.Setup(l => l.ListProductSubscriptionsAsync(It.IsAny<ListProductSubscriptionsRequest>(), It.IsAny<CancellationToken>()))
            .Callback((ListProductSubscriptionsRequest r, CancellationToken _) => _s.Listings.Add((null, r.Product, r.NextToken, r.MaxResults, "")))
            .Returns((ListProductSubscriptionsRequest r, CancellationToken _) => Task.FromResult(Page(null,
                [.. Enumerable.Range(0, 20).Select(u => Summary("SUBSCRIBED", user: $"u{u}", domain: null))])));
        _s.Tags(null);

        for (var u = 0; u < 20; u++)
            Assert.Equal($"{DirectoryId}:{Product}:u{u}", (await _s.Read($"{DirectoryId}:{Product}:u{u}")).Id);
        Assert.Single(_s.Listings);

        await _s.Read($"{DirectoryId}:OFFICE_PROFESSIONAL_PLUS:u1");
        Assert.Equal([Product, "OFFICE_PROFESSIONAL_PLUS"], _s.Listings.Select(l => l.Product));
    }

    [Fact]
    public async Task ReadAsync_MalformedId_FailsNamingTheForm()
    {
        var e = await Assert.ThrowsAnyAsync<Exception>(() => _s.Read("d-1234567890:alice"));
        Assert.Contains("<directoryId>:<product>:<username>", e.Message);
    }
}
