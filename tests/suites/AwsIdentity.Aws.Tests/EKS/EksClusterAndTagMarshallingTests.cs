using AwsIdentity.Aws.EKS.Model;
using AwsIdentity.Aws.Tests.Support;

namespace AwsIdentity.Aws.Tests.EKS;

/// <summary>DescribeUpdate, DescribeCluster and the tag operations, per the botocore eks-2017-11-01 model.</summary>
public sealed class EksClusterAndTagMarshallingTests : StubServerTest
{
    private const string Arn = "arn:aws:eks:us-west-2:123456789012:identityproviderconfig/c1/oidc/okta/1a2b";
    private const string EncodedArn = "arn%3Aaws%3Aeks%3Aus-west-2%3A123456789012%3Aidentityproviderconfig%2Fc1%2Foidc%2Fokta%2F1a2b";

    [Fact]
    public async Task DescribeUpdate_GetsUpdatePathWithOptionalQuery()
    {
        Stub.Reply(new StubReply(200, "{\"update\":" + EksIdentityProviderConfigMarshallingTests.UpdateJson + "}"));
        using var client = TestClients.Eks(Stub);

        var response = await client.DescribeUpdateAsync(new DescribeUpdateRequest
        {
            Name = "c1",
            UpdateId = "u-1",
            NodegroupName = "ng",
            AddonName = "vpc-cni",
            CapabilityName = "cap",
        });

        var request = Stub.Single();
        Assert.Equal("GET", request.Method);
        Assert.Equal("/clusters/c1/updates/u-1", request.Path);
        Assert.Equal(["addonName=vpc-cni", "capabilityName=cap", "nodegroupName=ng"], request.Query.Split('&').Order());
        EksIdentityProviderConfigMarshallingTests.AssertUpdate(response.Update);
    }

    [Fact]
    public async Task DescribeCluster_GetsClusterAndReadsModelledSubset()
    {
        Stub.Reply(new StubReply(200, """
            {"cluster":{"name":"c1","arn":"arn:aws:eks:us-west-2:1:cluster/c1","createdAt":1700000000,
             "version":"1.31","endpoint":"https://ABC.gr7.us-west-2.eks.amazonaws.com","roleArn":"arn:aws:iam::1:role/r",
             "identity":{"oidc":{"issuer":"https://oidc.eks.us-west-2.amazonaws.com/id/ABC"}},"status":"ACTIVE",
             "certificateAuthority":{"data":"LS0t"},"clientRequestToken":"t","platformVersion":"eks.5",
             "tags":{"k":"v"},"id":"i-1","resourcesVpcConfig":{"subnetIds":["s"]},"kubernetesNetworkConfig":{"ipFamily":"ipv4"}}}
            """));
        using var client = TestClients.Eks(Stub);

        var cluster = (await client.DescribeClusterAsync(new DescribeClusterRequest { Name = "c1" })).Cluster!;

        var request = Stub.Single();
        Assert.Equal(("GET", "/clusters/c1"), (request.Method, request.Path));
        Assert.Equal("c1", cluster.Name);
        Assert.Equal("arn:aws:eks:us-west-2:1:cluster/c1", cluster.Arn);
        Assert.Equal(DateTime.UnixEpoch.AddSeconds(1700000000), cluster.CreatedAt);
        Assert.Equal("1.31", cluster.Version);
        Assert.Equal("https://ABC.gr7.us-west-2.eks.amazonaws.com", cluster.Endpoint);
        Assert.Equal("arn:aws:iam::1:role/r", cluster.RoleArn);
        Assert.Equal("https://oidc.eks.us-west-2.amazonaws.com/id/ABC", cluster.Identity!.Oidc!.Issuer);
        Assert.Equal("ACTIVE", cluster.Status);
        Assert.Equal("LS0t", cluster.CertificateAuthority!.Data);
        Assert.Equal("t", cluster.ClientRequestToken);
        Assert.Equal("eks.5", cluster.PlatformVersion);
        Assert.Equal("v", cluster.Tags!["k"]);
        Assert.Equal("i-1", cluster.Id);
    }

    [Fact]
    public async Task TagResource_PostsTagsToEscapedArnPath()
    {
        using var client = TestClients.Eks(Stub);

        var response = await client.TagResourceAsync(new TagResourceRequest
        {
            ResourceArn = Arn,
            Tags = new() { ["team"] = "platform", ["env"] = "" },
        });

        var request = Stub.Single();
        Assert.Equal(("POST", "/tags/" + EncodedArn), (request.Method, request.Path));
        JsonAssert.Equal("""{"tags":{"team":"platform","env":""}}""", request.Body);
        Assert.Equal(200, (int)response.HttpStatusCode);
    }

    [Fact]
    public async Task UntagResource_DeletesWithRepeatedTagKeysQuery()
    {
        using var client = TestClients.Eks(Stub);

        await client.UntagResourceAsync(new UntagResourceRequest { ResourceArn = Arn, TagKeys = ["team", "cost center"] });

        var request = Stub.Single();
        Assert.Equal(("DELETE", "/tags/" + EncodedArn), (request.Method, request.Path));
        Assert.Equal(["tagKeys=cost%20center", "tagKeys=team"], request.Query.Split('&').Order());
        Assert.Equal("", request.Body);
    }

    [Fact]
    public async Task ListTagsForResource_GetsAndReadsTags()
    {
        Stub.Reply(new StubReply(200, """{"tags":{"team":"platform"}}"""));
        using var client = TestClients.Eks(Stub);

        var response = await client.ListTagsForResourceAsync(new ListTagsForResourceRequest { ResourceArn = Arn });

        var request = Stub.Single();
        Assert.Equal(("GET", "/tags/" + EncodedArn), (request.Method, request.Path));
        Assert.Equal("platform", response.Tags!["team"]);
    }
}
