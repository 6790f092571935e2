using AwsIdentity.Aws.LicenseManagerUserSubscriptions.Model;
using AwsIdentity.Aws.Tests.Support;

namespace AwsIdentity.Aws.Tests.LicenseManagerUserSubscriptions;

/// <summary>Wire shapes of the LMUS user-association, listing and tagging operations, per botocore license-manager-user-subscriptions-2018-05-10.</summary>
public sealed class LmusMarshallingTests : LmusStubTest
{
    private const string SummaryJson = """
        {"Username":"alice","InstanceId":"i-1","IdentityProvider":{"ActiveDirectoryIdentityProvider":{"DirectoryId":"d-1234567890"}},
         "Status":"ASSOCIATING","InstanceUserArn":"arn:aws:license-manager-user-subscriptions:us-west-2:1:instance-user/abc",
         "StatusMessage":"working","Domain":"corp","AssociationDate":"2024-01-01T00:00:00Z","DisassociationDate":"later"}
        """;

    private const string Arn = "arn:aws:license-manager-user-subscriptions:us-west-2:1:instance-user/abc";
    private const string EncodedArn = "arn%3Aaws%3Alicense-manager-user-subscriptions%3Aus-west-2%3A1%3Ainstance-user%2Fabc";

    [Fact]
    public async Task AssociateUser_PostsFullBody_AndReadsSummary()
    {
        Stub.Reply(new StubReply(200, "{\"InstanceUserSummary\":" + SummaryJson + "}"));
        using var client = TestClients.Lmus(Stub);

        var response = await client.AssociateUserAsync(new AssociateUserRequest
        {
            Username = "alice",
            InstanceId = "i-1",
            IdentityProvider = FullIdentityProvider(),
            Domain = "corp",
            Tags = new() { ["team"] = "a" },
        });

        var request = Stub.Single();
        Assert.Equal(("POST", "/user/AssociateUser"), (request.Method, request.Path));
        JsonAssert.Equal(
            "{\"Username\":\"alice\",\"InstanceId\":\"i-1\",\"IdentityProvider\":" + IdentityProviderJson +
            ",\"Domain\":\"corp\",\"Tags\":{\"team\":\"a\"}}",
            request.Body);
        AssertSummary(response.InstanceUserSummary);
    }

    [Fact]
    public async Task DisassociateUser_ByInstanceUserArn_SendsOnlyThat()
    {
        Stub.Reply(new StubReply(200, "{\"InstanceUserSummary\":" + SummaryJson + "}"));
        using var client = TestClients.Lmus(Stub);

        var response = await client.DisassociateUserAsync(new DisassociateUserRequest { InstanceUserArn = Arn });

        var request = Stub.Single();
        Assert.Equal(("POST", "/user/DisassociateUser"), (request.Method, request.Path));
        JsonAssert.Equal($$"""{"InstanceUserArn":"{{Arn}}"}""", request.Body);
        AssertSummary(response.InstanceUserSummary);
    }

    [Fact]
    public async Task ListUserAssociations_PostsFiltersAndPaging_AndReadsPage()
    {
        Stub.Reply(new StubReply(200, "{\"InstanceUserSummaries\":[" + SummaryJson + "],\"NextToken\":\"n2\"}"));
        using var client = TestClients.Lmus(Stub);

        var response = await client.ListUserAssociationsAsync(new ListUserAssociationsRequest
        {
            InstanceId = "i-1",
            IdentityProvider = new() { ActiveDirectoryIdentityProvider = new() { DirectoryId = "d-1234567890" } },
            MaxResults = 5,
            NextToken = "n1",
            Filters = [new Filter { Attribute = "Username", Operation = "Equals", Value = "alice" }],
        });

        var request = Stub.Single();
        Assert.Equal(("POST", "/user/ListUserAssociations"), (request.Method, request.Path));
        JsonAssert.Equal(
            """
            {"InstanceId":"i-1","IdentityProvider":{"ActiveDirectoryIdentityProvider":{"DirectoryId":"d-1234567890"}},
             "MaxResults":5,"Filters":[{"Attribute":"Username","Operation":"Equals","Value":"alice"}],"NextToken":"n1"}
            """,
            request.Body);
        AssertSummary(Assert.Single(response.InstanceUserSummaries!));
        Assert.Equal("n2", response.NextToken);
    }

    [Fact]
    public async Task ListIdentityProviders_PostsAndReadsSummaries()
    {
        Stub.Reply(new StubReply(200, "{\"IdentityProviderSummaries\":[{\"IdentityProvider\":" + IdentityProviderJson + """
            ,"Settings":{"Subnets":["subnet-0123456789abcdef0"],"SecurityGroupId":"sg-01234567"},"Product":"OFFICE_PROFESSIONAL_PLUS",
             "Status":"REGISTERED","IdentityProviderArn":"arn:aws:x:y:1:z/a","FailureMessage":"none","OwnerAccountId":"1"}]}
            """));
        using var client = TestClients.Lmus(Stub);

        var response = await client.ListIdentityProvidersAsync(new ListIdentityProvidersRequest { MaxResults = 2 });

        var request = Stub.Single();
        Assert.Equal(("POST", "/identity-provider/ListIdentityProviders"), (request.Method, request.Path));
        JsonAssert.Equal("""{"MaxResults":2}""", request.Body);
        var summary = Assert.Single(response.IdentityProviderSummaries!);
        AssertFullIdentityProvider(summary.IdentityProvider);
        Assert.Equal(["subnet-0123456789abcdef0"], summary.Settings!.Subnets!);
        Assert.Equal("sg-01234567", summary.Settings.SecurityGroupId);
        Assert.Equal(("OFFICE_PROFESSIONAL_PLUS", "REGISTERED"), (summary.Product, summary.Status));
        Assert.Equal(("arn:aws:x:y:1:z/a", "none", "1"), (summary.IdentityProviderArn, summary.FailureMessage, summary.OwnerAccountId));
    }

    [Fact]
    public async Task ListInstances_PostsEmptyBody_AndReadsSummaries()
    {
        Stub.Reply(new StubReply(200, """
            {"InstanceSummaries":[{"InstanceId":"i-1","Status":"AVAILABLE","Products":["VISUAL_STUDIO_ENTERPRISE"],
              "LastStatusCheckDate":"2024-01-01","StatusMessage":"ok","OwnerAccountId":"1",
              "IdentityProvider":{"ActiveDirectoryIdentityProvider":{"DirectoryId":"d-1234567890"}}}],"NextToken":"x"}
            """));
        using var client = TestClients.Lmus(Stub);

        var response = await client.ListInstancesAsync(new ListInstancesRequest());

        var request = Stub.Single();
        Assert.Equal(("POST", "/instance/ListInstances"), (request.Method, request.Path));
        JsonAssert.Equal("{}", request.Body);
        var instance = Assert.Single(response.InstanceSummaries!);
        Assert.Equal(("i-1", "AVAILABLE", "2024-01-01", "ok", "1"), (instance.InstanceId, instance.Status, instance.LastStatusCheckDate, instance.StatusMessage, instance.OwnerAccountId));
        Assert.Equal(["VISUAL_STUDIO_ENTERPRISE"], instance.Products!);
        Assert.Equal("d-1234567890", instance.IdentityProvider!.ActiveDirectoryIdentityProvider!.DirectoryId);
        Assert.Equal("x", response.NextToken);
    }

    [Fact]
    public async Task TagResource_PutsTagsToEscapedArnPath()
    {
        using var client = TestClients.Lmus(Stub);

        await client.TagResourceAsync(new TagResourceRequest { ResourceArn = Arn, Tags = new() { ["k"] = "v" } });

        var request = Stub.Single();
        Assert.Equal(("PUT", "/tags/" + EncodedArn), (request.Method, request.Path));
        JsonAssert.Equal("""{"Tags":{"k":"v"}}""", request.Body);
    }

    [Fact]
    public async Task UntagResource_DeletesWithTagKeysQuery()
    {
        using var client = TestClients.Lmus(Stub);

        await client.UntagResourceAsync(new UntagResourceRequest { ResourceArn = Arn, TagKeys = ["a", "b"] });

        var request = Stub.Single();
        Assert.Equal(("DELETE", "/tags/" + EncodedArn), (request.Method, request.Path));
        Assert.Equal(["tagKeys=a", "tagKeys=b"], request.Query.Split('&').Order());
    }

    [Fact]
    public async Task ListTagsForResource_GetsAndReadsTags()
    {
        Stub.Reply(new StubReply(200, """{"Tags":{"k":"v"}}"""));
        using var client = TestClients.Lmus(Stub);

        var response = await client.ListTagsForResourceAsync(new ListTagsForResourceRequest { ResourceArn = Arn });

        Assert.Equal(("GET", "/tags/" + EncodedArn), (Stub.Single().Method, Stub.Single().Path));
        Assert.Equal("v", response.Tags!["k"]);
    }

    private static void AssertSummary(InstanceUserSummary? summary)
    {
        Assert.NotNull(summary);
        Assert.Equal(("alice", "i-1", "ASSOCIATING", "working", "corp"), (summary.Username, summary.InstanceId, summary.Status, summary.StatusMessage, summary.Domain));
        Assert.Equal(Arn, summary.InstanceUserArn);
        Assert.Equal(("2024-01-01T00:00:00Z", "later"), (summary.AssociationDate, summary.DisassociationDate));
        Assert.Equal("d-1234567890", summary.IdentityProvider!.ActiveDirectoryIdentityProvider!.DirectoryId);
    }

    private static void AssertFullIdentityProvider(IdentityProvider? provider)
    {
        var ad = provider!.ActiveDirectoryIdentityProvider!;
        Assert.Equal(("d-1234567890", "SELF_MANAGED", (bool?)false), (ad.DirectoryId, ad.ActiveDirectoryType, ad.IsSharedActiveDirectory));
        var settings = ad.ActiveDirectorySettings!;
        Assert.Equal("corp.example.com", settings.DomainName);
        Assert.Equal(["10.0.0.1"], settings.DomainIpv4List!);
        Assert.Equal(["::1"], settings.DomainIpv6List!);
        Assert.Equal("arn:aws:secretsmanager:us-west-2:1:secret:ad", settings.DomainCredentialsProvider!.SecretsManagerCredentialsProvider!.SecretId);
        Assert.Equal(["subnet-0123456789abcdef0"], settings.DomainNetworkSettings!.Subnets!);
    }
}
