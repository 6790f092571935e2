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
}
