using AwsIdentity.Aws.LicenseManagerUserSubscriptions.Model;
using AwsIdentity.Core.Resources;
using AwsIdentity.Core.Values;
using AwsIdentity.Tests.Support;
using Moq;
using static AwsIdentity.Tests.Support.RegistrationScenario;
using static AwsIdentity.Tests.Support.V;

namespace AwsIdentity.Tests.Resources.LicenseManager;

/// <summary>Reads (refresh, import) and the polls of waits through the shared ListIdentityProviders listings of RegistrationLookup.</summary>
public sealed class IdentityProviderRegistrationReadTests
{
    private readonly RegistrationScenario _s = new();

    [Fact]
    public async Task ReadAsync_Import_ReturnsInputsAsAwsReportsThem()
    {
        _s.Lists(Page(null, Summary("REGISTERED", settings: LiveSettings(Group, SubnetB, SubnetA)))).Tags(new() { ["owner"] = "desktops", ["team"] = "a" });

        var result = await _s.Read();

        Assert.Equal(Id, result.Id);
        var inputs = result.Inputs!;
        Assert.Equal(S(Product), inputs["product"]);
        Assert.Equal(S(DirectoryId), ((ObjectValue)((ObjectValue)inputs["identityProvider"]!)["activeDirectoryIdentityProvider"]!)["directoryId"]);
        Assert.Equal(SettingsValue(Group, SubnetA, SubnetB), inputs["settings"]);
        Assert.Equal(Map(("team", "a")), inputs["tags"]); // owner comes from the provider's defaultTags
        Assert.Equal(S(Arn), result.Outputs!["identityProviderArn"]);
        Assert.Equal(Map(("owner", "desktops"), ("team", "a")), result.Outputs["tagsAll"]);
    }

    [Fact]
    public async Task ReadAsync_OwnerMarker_NeverShows()
    {
        _s.Lists("REGISTERED").Tags(new() { [Ownership.TagKey] = "m", ["team"] = "a" });
        var result = await _s.Read();
        Assert.Equal(Map(("team", "a")), result.Outputs!["tagsAll"]);
    }

    [Theory]
    [InlineData("none")]
    [InlineData("DEREGISTERED")]
    public async Task ReadAsync_AbsentOrDeregistered_IsGone(string listed)
    {
        _s.Lists(listed);
        Assert.Same(ReadResult.Gone, await _s.Read());
    }

    [Fact]
    public async Task ReadAsync_OtherProductOfTheDirectoryOnly_IsGone()
    {
        _s.Lists(Page(null, Summary("REGISTERED", product: "OFFICE_PROFESSIONAL_PLUS")));
        Assert.Same(ReadResult.Gone, await _s.Read());
    }

    [Fact]
    public async Task ReadAsync_TagsGoneMeanwhile_IsGone()
    {
        _s.Lists("REGISTERED");
        _s.F.Lmus.Setup(l => l.ListTagsForResourceAsync(It.IsAny<ListTagsForResourceRequest>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new ResourceNotFoundException("gone"));
        Assert.Same(ReadResult.Gone, await _s.Read());
    }

    [Fact]
    public async Task ReadAsync_SettingsAwsLeavesEmpty_ReadAsNone()
    {
        _s.Lists(Page(null, Summary("REGISTERED", settings: new Settings { Subnets = [], SecurityGroupId = "" }))).Tags(null);
        var result = await _s.Read();
        Assert.Null(result.Inputs!["settings"]);
    }

    [Fact]
    public async Task ReadAsync_ManyRegistrations_OneListingServesAllReads()
    {
        var products = new[] { "VISUAL_STUDIO_ENTERPRISE", "VISUAL_STUDIO_PROFESSIONAL", "OFFICE_PROFESSIONAL_PLUS", "REMOTE_DESKTOP_SERVICES" };
        _s.Lists(Page("next", [.. products.Take(2).Select(p => Summary("REGISTERED", product: p))]),
            Page(null, [.. products.Skip(2).Select(p => Summary("REGISTERED", product: p))]));
        _s.F.Lmus.Setup(l => l.ListTagsForResourceAsync(It.IsAny<ListTagsForResourceRequest>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(new ListTagsForResourceResponse());

        foreach (var product in products)
            Assert.Equal(S(product), (await _s.Read($"{DirectoryId}:{product}")).Inputs!["product"]);

        Assert.Equal(2, _s.Listings.Count); // one listing, two pages
        Assert.All(_s.Listings, l => Assert.Equal(50, l.MaxResults));
    }

    [Fact]
    public async Task ReadAsync_Throttled_RetriesTheListing()
    {
        _s.Lists(new ThrottlingException("slow down"), new ThrottlingException("slow down"), "REGISTERED").Tags(null);
        Assert.Equal(Id, (await _s.Read()).Id);
        Assert.Equal(3, _s.Listings.Count);
    }

    [Fact]
    public async Task ReadAsync_Refresh_KeepsTheProgramsFormOfTheDomainName()
    {
        var idp = Obj(("activeDirectoryIdentityProvider", Obj(("directoryId", S(DirectoryId)),
            ("activeDirectorySettings", Obj(("domainName", S("CORP.example.com")))))));
        var live = Summary("REGISTERED");
        live.IdentityProvider!.ActiveDirectoryIdentityProvider!.ActiveDirectoryType = null;
        live.IdentityProvider.ActiveDirectoryIdentityProvider.ActiveDirectorySettings = new() { DomainName = "corp.example.com" };
        _s.Lists(Page(null, live)).Tags(null);
        var inputs = Inputs(idp: idp);

        var result = await _s.Read(outputs: Outputs(inputs, Map()), inputs: inputs);

        Assert.Equal(idp, result.Inputs!["identityProvider"]);
    }

    [Fact]
    public async Task CreateAsync_FourWaitsAtOnce_SharePolls()
    {
        var products = new[] { "VISUAL_STUDIO_ENTERPRISE", "VISUAL_STUDIO_PROFESSIONAL", "OFFICE_PROFESSIONAL_PLUS", "REMOTE_DESKTOP_SERVICES" };
        var listings = 0;
        _s.Register();
        // Each listing holds all four: the first two say REGISTERING, later ones REGISTERED.
        _s.F.Lmus.Setup(l => l.ListIdentityProvidersAsync(It.IsAny<ListIdentityProvidersRequest>(), It.IsAny<CancellationToken>())).Returns(() =>
        {
            var status = ++listings > 2 ? "REGISTERED" : "REGISTERING";
            return Task.FromResult(Page(null, [.. products.Select(p => Summary(status, product: p))]));
        });

        var results = await _s.F.Drive(() => Task.WhenAll(products.Select(p => _s.Handler.CreateAsync(
            new CreateRequest(HandlerFixture.Urn, Inputs(product: p), null), default))));

        Assert.All(results, r => Assert.Equal(S("REGISTERED"), r.Outputs["status"]));
        // Polling alone, the four waits would list 6 times (two see REGISTERING first); sharing listings, 3.
        _s.F.Lmus.Verify(l => l.ListIdentityProvidersAsync(It.IsAny<ListIdentityProvidersRequest>(), It.IsAny<CancellationToken>()),
            Times.Between(1, 4, Moq.Range.Inclusive));
    }
}
