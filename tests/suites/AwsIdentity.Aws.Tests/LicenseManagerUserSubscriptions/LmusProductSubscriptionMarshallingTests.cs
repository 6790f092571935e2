using AwsIdentity.Aws.LicenseManagerUserSubscriptions.Model;
using AwsIdentity.Aws.Tests.Support;

namespace AwsIdentity.Aws.Tests.LicenseManagerUserSubscriptions;

/// <summary>
/// Wire shapes of the product-subscription operations (StartProductSubscription, StopProductSubscription,
/// ListProductSubscriptions), per botocore license-manager-user-subscriptions-2018-05-10.
/// </summary>
public sealed class LmusProductSubscriptionMarshallingTests : StubServerTest
{
    private const string UserArn = "arn:aws:license-manager-user-subscriptions:us-west-2:123456789012:product-user/abc";
    private const string ShortProviderJson = """{"ActiveDirectoryIdentityProvider":{"DirectoryId":"d-1234567890"}}""";

    private const string SummaryJson = $$"""
        {"Username":"alice","Product":"OFFICE_PROFESSIONAL_PLUS","IdentityProvider":{{ShortProviderJson}},
         "Status":"SUBSCRIBING","ProductUserArn":"{{UserArn}}","StatusMessage":"working","Domain":"corp",
         "SubscriptionStartDate":"2024-01-01T00:00:00Z","SubscriptionEndDate":"2024-02-01T00:00:00Z"}
        """;

    private static IdentityProvider ShortProvider() =>
        new() { ActiveDirectoryIdentityProvider = new() { DirectoryId = "d-1234567890" } };

    [Fact]
    public async Task StartProductSubscription_PostsFullBody_AndReadsSummary()
    {
        Stub.Reply(new StubReply(200, "{\"ProductUserSummary\":" + SummaryJson + "}"));
        using var client = TestClients.Lmus(Stub);

        var response = await client.StartProductSubscriptionAsync(new StartProductSubscriptionRequest
        {
            Username = "alice",
            IdentityProvider = LmusMarshallingTests.FullIdentityProvider(),
            Product = "OFFICE_PROFESSIONAL_PLUS",
            Domain = "corp",
            Tags = new() { ["team"] = "a" },
        });

        var request = Stub.Single();
        Assert.Equal(("POST", "/user/StartProductSubscription"), (request.Method, request.Path));
        JsonAssert.Equal(
            "{\"Username\":\"alice\",\"IdentityProvider\":" + LmusMarshallingTests.IdentityProviderJson +
            ",\"Product\":\"OFFICE_PROFESSIONAL_PLUS\",\"Domain\":\"corp\",\"Tags\":{\"team\":\"a\"}}",
            request.Body);
        AssertSummary(response.ProductUserSummary);
    }

    [Fact]
    public async Task StopProductSubscription_ByUser_PostsUserProviderProductDomain()
    {
        Stub.Reply(new StubReply(200, "{\"ProductUserSummary\":" + SummaryJson + "}"));
        using var client = TestClients.Lmus(Stub);

        var response = await client.StopProductSubscriptionAsync(new StopProductSubscriptionRequest
        {
            Username = "alice",
            IdentityProvider = ShortProvider(),
            Product = "OFFICE_PROFESSIONAL_PLUS",
            Domain = "corp",
        });

        var request = Stub.Single();
        Assert.Equal(("POST", "/user/StopProductSubscription"), (request.Method, request.Path));
        JsonAssert.Equal(
            "{\"Username\":\"alice\",\"IdentityProvider\":" + ShortProviderJson + ",\"Product\":\"OFFICE_PROFESSIONAL_PLUS\",\"Domain\":\"corp\"}",
            request.Body);
        AssertSummary(response.ProductUserSummary);
    }

    [Fact]
    public async Task StopProductSubscription_ByProductUserArn_SendsOnlyThat()
    {
        Stub.Reply(new StubReply(200, "{\"ProductUserSummary\":" + SummaryJson + "}"));
        using var client = TestClients.Lmus(Stub);

        await client.StopProductSubscriptionAsync(new StopProductSubscriptionRequest { ProductUserArn = UserArn });

        JsonAssert.Equal($$"""{"ProductUserArn":"{{UserArn}}"}""", Stub.Single().Body);
    }

    [Fact]
    public async Task ListProductSubscriptions_PostsFiltersAndPaging_AndReadsPage()
    {
        Stub.Reply(new StubReply(200, "{\"ProductUserSummaries\":[" + SummaryJson + "],\"NextToken\":\"n2\"}"));
        using var client = TestClients.Lmus(Stub);

        var response = await client.ListProductSubscriptionsAsync(new ListProductSubscriptionsRequest
        {
            Product = "OFFICE_PROFESSIONAL_PLUS",
            IdentityProvider = ShortProvider(),
            MaxResults = 5,
            NextToken = "n1",
            Filters = [new Filter { Attribute = "Username", Operation = "Equals", Value = "alice" }],
        });

        var request = Stub.Single();
        Assert.Equal(("POST", "/user/ListProductSubscriptions"), (request.Method, request.Path));
        JsonAssert.Equal(
            "{\"Product\":\"OFFICE_PROFESSIONAL_PLUS\",\"IdentityProvider\":" + ShortProviderJson + """
            ,"MaxResults":5,"Filters":[{"Attribute":"Username","Operation":"Equals","Value":"alice"}],"NextToken":"n1"}
            """,
            request.Body);
        AssertSummary(Assert.Single(response.ProductUserSummaries!));
        Assert.Equal("n2", response.NextToken);
    }

    [Fact]
    public async Task ListProductSubscriptions_EmptyAnswer_ReadsAsNoPageMembers()
    {
        Stub.Reply(new StubReply(200, "{}"));
        using var client = TestClients.Lmus(Stub);

        var response = await client.ListProductSubscriptionsAsync(new ListProductSubscriptionsRequest { IdentityProvider = ShortProvider() });

        JsonAssert.Equal("{\"IdentityProvider\":" + ShortProviderJson + "}", Stub.Single().Body);
        Assert.Null(response.ProductUserSummaries);
        Assert.Null(response.NextToken);
    }

    private static void AssertSummary(ProductUserSummary? summary)
    {
        Assert.NotNull(summary);
        Assert.Equal(("alice", "OFFICE_PROFESSIONAL_PLUS", "SUBSCRIBING", "working", "corp"), (summary.Username, summary.Product, summary.Status, summary.StatusMessage, summary.Domain));
        Assert.Equal(UserArn, summary.ProductUserArn);
        Assert.Equal(("2024-01-01T00:00:00Z", "2024-02-01T00:00:00Z"), (summary.SubscriptionStartDate, summary.SubscriptionEndDate));
        Assert.Equal("d-1234567890", summary.IdentityProvider!.ActiveDirectoryIdentityProvider!.DirectoryId);
    }
}
