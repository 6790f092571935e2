using System.Text.Json.Nodes;
using AwsIdentity.Aws.EKS.Model;
using AwsIdentity.Aws.Tests.Support;

namespace AwsIdentity.Aws.Tests.EKS;

/// <summary>
/// Wire shapes of the identity-provider-config operations, against requests and responses written
/// from the botocore eks-2017-11-01 model (members, locations, HTTP methods and URIs).
/// </summary>
public sealed class EksIdentityProviderConfigMarshallingTests : StubServerTest
{
    internal const string UpdateJson = """
        {"id":"u-1","status":"InProgress","type":"AssociateIdentityProviderConfig",
         "params":[{"type":"IdentityProviderConfig","value":"[{\"type\":\"oidc\",\"name\":\"okta\"}]"}],
         "createdAt":1700000000.5,"errors":[{"errorCode":"Unknown","errorMessage":"m","resourceIds":["r1"]}]}
        """;

    [Fact]
    public async Task AssociateIdentityProviderConfig_PostsOidcBodyToClusterPath_AndReadsUpdate()
    {
        Stub.Reply(new StubReply(200, "{\"update\":" + UpdateJson + ",\"tags\":{\"team\":\"a\"}}"));
        using var client = TestClients.Eks(Stub);

        var response = await client.AssociateIdentityProviderConfigAsync(new AssociateIdentityProviderConfigRequest
        {
            ClusterName = "my cluster",
            ClientRequestToken = "tok-1",
            Tags = new() { ["team"] = "a" },
            Oidc = new OidcIdentityProviderConfigRequest
            {
                IdentityProviderConfigName = "okta",
                IssuerUrl = "https://example.okta.com",
                ClientId = "kubernetes",
                UsernameClaim = "email",
                UsernamePrefix = "okta:",
                GroupsClaim = "groups",
                GroupsPrefix = "okta-g:",
                RequiredClaims = new() { ["aud"] = "k8s" },
            },
        });

        var request = Stub.Single();
        Assert.Equal("POST", request.Method);
        Assert.Equal("/clusters/my%20cluster/identity-provider-configs/associate", request.Path);
        Assert.StartsWith("application/json", request.Header("Content-Type"), StringComparison.Ordinal);
        JsonAssert.Equal(
            """
            {"oidc":{"identityProviderConfigName":"okta","issuerUrl":"https://example.okta.com","clientId":"kubernetes",
                     "usernameClaim":"email","usernamePrefix":"okta:","groupsClaim":"groups","groupsPrefix":"okta-g:",
                     "requiredClaims":{"aud":"k8s"}},
             "tags":{"team":"a"},"clientRequestToken":"tok-1"}
            """,
            request.Body);
        AssertUpdate(response.Update);
        Assert.Equal("a", response.Tags!["team"]);
        Assert.Equal(200, (int)response.HttpStatusCode);
        Assert.False(string.IsNullOrEmpty(response.ResponseMetadata.RequestId));
    }

    [Fact]
    public async Task AssociateIdentityProviderConfig_WithoutToken_SendsGeneratedIdempotencyToken()
    {
        using var client = TestClients.Eks(Stub);

        await client.AssociateIdentityProviderConfigAsync(new AssociateIdentityProviderConfigRequest
        {
            ClusterName = "c1",
            Oidc = new() { IdentityProviderConfigName = "n", IssuerUrl = "https://i", ClientId = "c" },
        });

        var body = JsonNode.Parse(Stub.Single().Body)!;
        Assert.True(Guid.TryParse(body["clientRequestToken"]!.GetValue<string>(), out _));
        Assert.Null(body["tags"]);
        Assert.Null(body["oidc"]!["requiredClaims"]);
    }

    [Fact]
    public async Task DisassociateIdentityProviderConfig_PostsTypeAndName()
    {
        Stub.Reply(new StubReply(200, "{\"update\":" + UpdateJson + "}"));
        using var client = TestClients.Eks(Stub);

        var response = await client.DisassociateIdentityProviderConfigAsync(new DisassociateIdentityProviderConfigRequest
        {
            ClusterName = "c1",
            IdentityProviderConfig = new IdentityProviderConfig { Type = "oidc", Name = "okta" },
            ClientRequestToken = "tok-2",
        });

        var request = Stub.Single();
        Assert.Equal("POST", request.Method);
        Assert.Equal("/clusters/c1/identity-provider-configs/disassociate", request.Path);
        JsonAssert.Equal("""{"identityProviderConfig":{"type":"oidc","name":"okta"},"clientRequestToken":"tok-2"}""", request.Body);
        AssertUpdate(response.Update);
    }

    [Fact]
    public async Task DescribeIdentityProviderConfig_PostsConfigAndReadsOidc()
    {
        Stub.Reply(new StubReply(200, """
            {"identityProviderConfig":{"oidc":{
              "identityProviderConfigName":"okta","identityProviderConfigArn":"arn:aws:eks:us-west-2:1:identityproviderconfig/c1/oidc/okta/x",
              "clusterName":"c1","issuerUrl":"https://i","clientId":"k","usernameClaim":"email","usernamePrefix":"p:",
              "groupsClaim":"g","groupsPrefix":"gp:","requiredClaims":{"aud":"k8s"},"tags":{"a":"1"},"status":"ACTIVE",
              "futureMember":{"nested":[1,2]}}}}
            """));
        using var client = TestClients.Eks(Stub);

        var response = await client.DescribeIdentityProviderConfigAsync(new DescribeIdentityProviderConfigRequest
        {
            ClusterName = "c1",
            IdentityProviderConfig = new IdentityProviderConfig { Type = "oidc", Name = "okta" },
        });

        var request = Stub.Single();
        Assert.Equal("POST", request.Method);
        Assert.Equal("/clusters/c1/identity-provider-configs/describe", request.Path);
        JsonAssert.Equal("""{"identityProviderConfig":{"type":"oidc","name":"okta"}}""", request.Body);
        var oidc = response.IdentityProviderConfig!.Oidc!;
        Assert.Equal("okta", oidc.IdentityProviderConfigName);
        Assert.Equal("arn:aws:eks:us-west-2:1:identityproviderconfig/c1/oidc/okta/x", oidc.IdentityProviderConfigArn);
        Assert.Equal("c1", oidc.ClusterName);
        Assert.Equal("https://i", oidc.IssuerUrl);
        Assert.Equal("k", oidc.ClientId);
        Assert.Equal("email", oidc.UsernameClaim);
        Assert.Equal("p:", oidc.UsernamePrefix);
        Assert.Equal("g", oidc.GroupsClaim);
        Assert.Equal("gp:", oidc.GroupsPrefix);
        Assert.Equal("k8s", oidc.RequiredClaims!["aud"]);
        Assert.Equal("1", oidc.Tags!["a"]);
        Assert.Equal("ACTIVE", oidc.Status);
    }

    [Fact]
    public async Task ListIdentityProviderConfigs_GetsWithQueryAndReadsPage()
    {
        Stub.Reply(new StubReply(200, """{"identityProviderConfigs":[{"type":"oidc","name":"okta"}],"nextToken":"t2"}"""));
        using var client = TestClients.Eks(Stub);

        var response = await client.ListIdentityProviderConfigsAsync(new ListIdentityProviderConfigsRequest
        {
            ClusterName = "c1",
            MaxResults = 10,
            NextToken = "t1",
        });

        var request = Stub.Single();
        Assert.Equal("GET", request.Method);
        Assert.Equal("/clusters/c1/identity-provider-configs", request.Path);
        Assert.Equal(["maxResults=10", "nextToken=t1"], request.Query.Split('&').Order());
        Assert.Equal("", request.Body);
        var config = Assert.Single(response.IdentityProviderConfigs!);
        Assert.Equal(("oidc", "okta"), (config.Type, config.Name));
        Assert.Equal("t2", response.NextToken);
    }

    [Fact]
    public async Task ListIdentityProviderConfigs_EmptyBody_ReadsAsEmptyResponse()
    {
        Stub.Reply(new StubReply(200, ""));
        using var client = TestClients.Eks(Stub);

        var response = await client.ListIdentityProviderConfigsAsync(new ListIdentityProviderConfigsRequest { ClusterName = "c1" });

        Assert.Null(response.IdentityProviderConfigs);
        Assert.Null(response.NextToken);
        Assert.Equal("", Stub.Single().Query);
    }

    [Fact]
    public async Task DescribeIdentityProviderConfig_MissingClusterName_FailsBeforeSending()
    {
        using var client = TestClients.Eks(Stub);

        var error = await Assert.ThrowsAsync<Amazon.Runtime.AmazonClientException>(() =>
            client.DescribeIdentityProviderConfigAsync(new DescribeIdentityProviderConfigRequest()));

        Assert.Contains("ClusterName", error.Message, StringComparison.Ordinal);
        Assert.Empty(Stub.Requests);
    }

    internal static void AssertUpdate(Update? update)
    {
        Assert.NotNull(update);
        Assert.Equal("u-1", update.Id);
        Assert.Equal("InProgress", update.Status);
        Assert.Equal("AssociateIdentityProviderConfig", update.Type);
        var param = Assert.Single(update.Params!);
        Assert.Equal("IdentityProviderConfig", param.Type);
        Assert.Equal("""[{"type":"oidc","name":"okta"}]""", param.Value);
        Assert.Equal(new DateTime(2023, 11, 14, 22, 13, 20, 500, DateTimeKind.Utc), update.CreatedAt);
        var error = Assert.Single(update.Errors!);
        Assert.Equal(("Unknown", "m"), (error.ErrorCode, error.ErrorMessage));
        Assert.Equal(["r1"], error.ResourceIds!);
    }
}
