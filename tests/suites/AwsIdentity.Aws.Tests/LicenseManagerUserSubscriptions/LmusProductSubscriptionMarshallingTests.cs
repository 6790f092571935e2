using AwsIdentity.Aws.LicenseManagerUserSubscriptions.Model;

namespace AwsIdentity.Aws.Tests.LicenseManagerUserSubscriptions;

/// <summary>
/// Wire shapes of the product-subscription operations (StartProductSubscription, StopProductSubscription,
/// ListProductSubscriptions), per botocore license-manager-user-subscriptions-2018-05-10.
/// </summary>
public sealed class LmusProductSubscriptionMarshallingTests : LmusStubTest
{
    private const string UserArn = "arn:aws:license-manager-user-subscriptions:us-west-2:123456789012:product-user/abc";
    private const string Product = "OFFICE_PROFESSIONAL_PLUS";

    private const string SummaryJson = "{\"Username\":\"alice\",\"Product\":\"OFFICE_PROFESSIONAL_PLUS\",\"IdentityProvider\":" + ShortProviderJson + """
        ,"Status":"SUBSCRIBING","ProductUserArn":"arn:aws:license-manager-user-subscriptions:us-west-2:123456789012:product-user/abc",
         "StatusMessage":"working","Domain":"corp","SubscriptionStartDate":"2024-01-01T00:00:00Z","SubscriptionEndDate":"2024-02-01T00:00:00Z"}
        """;

    private const string SummaryReply = "{\"ProductUserSummary\":" + SummaryJson + "}";

    [Fact]
    public async Task StartProductSubscription_PostsFullBody_AndReadsSummary()
    {
        var (request, response) = await CallAsync(SummaryReply, c => c.StartProductSubscriptionAsync(new StartProductSubscriptionRequest
        {
            Username = "alice",
            IdentityProvider = FullIdentityProvider(),
            Product = Product,
            Domain = "corp",
            Tags = new() { ["team"] = "a" },
        }));

        AssertPost(request, "/user/StartProductSubscription", "{\"Username\":\"alice\",\"IdentityProvider\":" + IdentityProviderJson +
            ",\"Product\":\"OFFICE_PROFESSIONAL_PLUS\",\"Domain\":\"corp\",\"Tags\":{\"team\":\"a\"}}");
        AssertSummary(response.ProductUserSummary);
    }

    [Fact]
    public async Task StopProductSubscription_ByUser_PostsUserProviderProductDomain()
    {
        var (request, response) = await CallAsync(SummaryReply, c => c.StopProductSubscriptionAsync(new StopProductSubscriptionRequest
        {
            Username = "alice",
            IdentityProvider = ShortProvider(),
            Product = Product,
            Domain = "corp",
        }));

        AssertPost(request, "/user/StopProductSubscription",
            "{\"Username\":\"alice\",\"IdentityProvider\":" + ShortProviderJson + ",\"Product\":\"OFFICE_PROFESSIONAL_PLUS\",\"Domain\":\"corp\"}");
        AssertSummary(response.ProductUserSummary);
    }

    [Fact]
    public async Task StopProductSubscription_ByProductUserArn_SendsOnlyThat()
    {
        var (request, _) = await CallAsync(SummaryReply, c => c.StopProductSubscriptionAsync(new StopProductSubscriptionRequest { ProductUserArn = UserArn }));

        AssertPost(request, "/user/StopProductSubscription", "{\"ProductUserArn\":\"" + UserArn + "\"}");
    }

    [Fact]
    public async Task ListProductSubscriptions_PostsFiltersAndPaging_AndReadsPage()
    {
        var (request, response) = await CallAsync("{\"ProductUserSummaries\":[" + SummaryJson + "],\"NextToken\":\"n2\"}", c => c.ListProductSubscriptionsAsync(new ListProductSubscriptionsRequest
        {
            Product = Product,
            IdentityProvider = ShortProvider(),
            MaxResults = 5,
            NextToken = "n1",
            Filters = [new Filter { Attribute = "Username", Operation = "Equals", Value = "alice" }],
        }));

        AssertPost(request, "/user/ListProductSubscriptions", "{\"Product\":\"OFFICE_PROFESSIONAL_PLUS\",\"IdentityProvider\":" + ShortProviderJson + """
            ,"MaxResults":5,"Filters":[{"Attribute":"Username","Operation":"Equals","Value":"alice"}],"NextToken":"n1"}
            """);
        AssertSummary(Assert.Single(response.ProductUserSummaries!));
        Assert.Equal("n2", response.NextToken);
    }

    [Fact]
    public async Task ListProductSubscriptions_EmptyAnswer_ReadsAsNoPageMembers()
    {
        var (request, response) = await CallAsync("{}", c => c.ListProductSubscriptionsAsync(new ListProductSubscriptionsRequest { IdentityProvider = ShortProvider() }));

        AssertPost(request, "/user/ListProductSubscriptions", "{\"IdentityProvider\":" + ShortProviderJson + "}");
        Assert.Null(response.ProductUserSummaries);
        Assert.Null(response.NextToken);
    }

    private static void AssertSummary(ProductUserSummary? summary)
    {
        Assert.NotNull(summary);
        Assert.Equal(("alice", Product, "SUBSCRIBING", "working", "corp"), (summary.Username, summary.Product, summary.Status, summary.StatusMessage, summary.Domain));
        Assert.Equal(UserArn, summary.ProductUserArn);
        Assert.Equal(("2024-01-01T00:00:00Z", "2024-02-01T00:00:00Z"), (summary.SubscriptionStartDate, summary.SubscriptionEndDate));
        Assert.Equal("d-1234567890", summary.IdentityProvider!.ActiveDirectoryIdentityProvider!.DirectoryId);
    }
}
