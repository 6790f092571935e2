using AwsIdentity.Aws.LicenseManagerUserSubscriptions;
using AwsIdentity.Aws.LicenseManagerUserSubscriptions.Model;
using AwsIdentity.Aws.Tests.Support;
using Moq;

namespace AwsIdentity.Aws.Tests.LicenseManagerUserSubscriptions;

/// <summary>LMUS paginators, over a mock and over the real client (NextToken carried in the JSON body).</summary>
public sealed class LmusPaginatorTests
{
    [Fact]
    public async Task ListUserAssociations_FollowsNextToken_KeepingFilters()
    {
        var mock = new Mock<IAmazonLicenseManagerUserSubscriptions>(MockBehavior.Strict);
        var seen = new List<(string? Token, int Filters)>();
        mock.Setup(m => m.ListUserAssociationsAsync(It.IsAny<ListUserAssociationsRequest>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((ListUserAssociationsRequest r, CancellationToken _) =>
            {
                seen.Add((r.NextToken, r.Filters?.Count ?? 0));
                return new ListUserAssociationsResponse
                {
                    NextToken = r.NextToken is null ? "p2" : null,
                    InstanceUserSummaries = [new InstanceUserSummary { Username = r.NextToken ?? "first" }],
                };
            });
        var request = new ListUserAssociationsRequest
        {
            InstanceId = "i-1",
            Filters = [new Filter { Attribute = "Status", Operation = "Equals", Value = "ASSOCIATED" }],
        };

        var users = new List<string?>();
        await foreach (var user in new LicenseManagerUserSubscriptionsPaginatorFactory(mock.Object).ListUserAssociations(request).InstanceUserSummaries)
        {
            users.Add(user.Username);
        }

        Assert.Equal(["first", "p2"], users);
        Assert.Equal([(null, 1), ("p2", 1)], seen);
    }

    [Fact]
    public async Task ListInstances_OverTheWire_SendsNextTokenInBody()
    {
        using var env = new EnvironmentScope();
        using var stub = new StubAwsServer();
        stub.Reply(
            new StubReply(200, """{"InstanceSummaries":[{"InstanceId":"i-1","Status":"A","Products":[]}],"NextToken":"n"}"""),
            new StubReply(200, """{"InstanceSummaries":[{"InstanceId":"i-2","Status":"A","Products":[]}]}"""));
        using var client = TestClients.Lmus(stub);

        var ids = new List<string?>();
        await foreach (var instance in client.Paginators.ListInstances(new ListInstancesRequest()).InstanceSummaries)
        {
            ids.Add(instance.InstanceId);
        }

        Assert.Equal(["i-1", "i-2"], ids);
        JsonAssert.Equal("{}", stub.Requests[0].Body);
        JsonAssert.Equal("""{"NextToken":"n"}""", stub.Requests[1].Body);
    }

    [Fact]
    public async Task ListIdentityProviders_YieldsSummaries()
    {
        var mock = new Mock<IAmazonLicenseManagerUserSubscriptions>();
        mock.Setup(m => m.ListIdentityProvidersAsync(It.IsAny<ListIdentityProvidersRequest>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(new ListIdentityProvidersResponse { IdentityProviderSummaries = [new() { Product = "P" }] });

        var products = new List<string?>();
        await foreach (var s in new ListIdentityProvidersPaginator(mock.Object, new()).IdentityProviderSummaries)
        {
            products.Add(s.Product);
        }

        Assert.Equal(["P"], products);
    }

    [Fact]
    public async Task ListProductSubscriptions_FollowsNextToken_KeepingProductAndProvider()
    {
        var mock = new Mock<IAmazonLicenseManagerUserSubscriptions>(MockBehavior.Strict);
        var seen = new List<(string? Token, string? Product, string? Directory)>();
        mock.Setup(m => m.ListProductSubscriptionsAsync(It.IsAny<ListProductSubscriptionsRequest>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((ListProductSubscriptionsRequest r, CancellationToken _) =>
            {
                seen.Add((r.NextToken, r.Product, r.IdentityProvider?.ActiveDirectoryIdentityProvider?.DirectoryId));
                return new ListProductSubscriptionsResponse
                {
                    NextToken = r.NextToken is null ? "p2" : null,
                    ProductUserSummaries = [new ProductUserSummary { Username = r.NextToken ?? "first" }],
                };
            });
        var request = new ListProductSubscriptionsRequest
        {
            Product = "OFFICE_PROFESSIONAL_PLUS",
            IdentityProvider = new() { ActiveDirectoryIdentityProvider = new() { DirectoryId = "d-1234567890" } },
        };

        var users = new List<string?>();
        await foreach (var user in new LicenseManagerUserSubscriptionsPaginatorFactory(mock.Object).ListProductSubscriptions(request).ProductUserSummaries)
        {
            users.Add(user.Username);
        }

        Assert.Equal(["first", "p2"], users);
        Assert.Equal([(null, "OFFICE_PROFESSIONAL_PLUS", "d-1234567890"), ("p2", "OFFICE_PROFESSIONAL_PLUS", "d-1234567890")], seen);
    }

    [Fact]
    public async Task ListProductSubscriptions_OverTheWire_ResponsesCarryNextTokenInBody()
    {
        using var env = new EnvironmentScope();
        using var stub = new StubAwsServer();
        stub.Reply(
            new StubReply(200, """{"ProductUserSummaries":[{"Username":"a","Product":"P","Status":"S"}],"NextToken":"n"}"""),
            new StubReply(200, """{"ProductUserSummaries":[{"Username":"b","Product":"P","Status":"S"}]}"""));
        using var client = TestClients.Lmus(stub);
        var request = new ListProductSubscriptionsRequest { IdentityProvider = new() { ActiveDirectoryIdentityProvider = new() { DirectoryId = "d-1" } } };

        var pages = new List<int>();
        await foreach (var page in client.Paginators.ListProductSubscriptions(request).Responses)
        {
            pages.Add(page.ProductUserSummaries!.Count);
        }

        Assert.Equal([1, 1], pages);
        const string Provider = """{"IdentityProvider":{"ActiveDirectoryIdentityProvider":{"DirectoryId":"d-1"}}""";
        JsonAssert.Equal(Provider + "}", stub.Requests[0].Body);
        JsonAssert.Equal(Provider + ",\"NextToken\":\"n\"}", stub.Requests[1].Body);
    }
}
