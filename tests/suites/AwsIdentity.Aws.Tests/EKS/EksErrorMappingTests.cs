using AwsIdentity.Aws.EKS;
using AwsIdentity.Aws.EKS.Model;
using AwsIdentity.Aws.Tests.Support;

namespace AwsIdentity.Aws.Tests.EKS;

/// <summary>Every modelled EKS error (botocore eks-2017-11-01, with its HTTP status) becomes its own type.</summary>
public sealed class EksErrorMappingTests : StubServerTest
{
    public static TheoryData<string, int, Type> Errors() => new()
    {
        { "InvalidParameterException", 400, typeof(InvalidParameterException) },
        { "InvalidRequestException", 400, typeof(InvalidRequestException) },
        { "ClientException", 400, typeof(ClientException) },
        { "ServerException", 500, typeof(ServerException) },
        { "ResourceInUseException", 409, typeof(ResourceInUseException) },
        { "ResourceNotFoundException", 404, typeof(ResourceNotFoundException) },
        { "ThrottlingException", 429, typeof(ThrottlingException) },
        { "ServiceUnavailableException", 503, typeof(ServiceUnavailableException) },
        { "BadRequestException", 400, typeof(BadRequestException) },
        { "NotFoundException", 404, typeof(NotFoundException) },
        { "AccessDeniedException", 403, typeof(AccessDeniedException) },
        { "SomethingNewException", 400, typeof(AmazonEKSException) },
    };

    [Theory]
    [MemberData(nameof(Errors))]
    public async Task ErrorResponse_BecomesTypedException_WithCodeMessageStatusAndRequestId(string code, int status, Type type)
    {
        var reply = new StubReply(status, $$"""{"message":"it failed: {{code}}"}""", ErrorType: code + ":http://internal.amazon.com/coral/com.amazonaws.eks/");
        Stub.Reply(reply);
        using var client = TestClients.Eks(Stub);

        await ErrorAssert.MapsTo<AmazonEKSException>(
            () => client.DescribeClusterAsync(new DescribeClusterRequest { Name = "c1" }), type, code, $"it failed: {code}", status, reply);
    }

    [Fact]
    public async Task ResourceInUse_CarriesModelledMembers()
    {
        Stub.Reply(new StubReply(409, """
            {"clusterName":"c1","nodegroupName":"ng","addonName":"a","message":"Cluster c1 currently has update u-9 in progress"}
            """, ErrorType: "ResourceInUseException"));
        using var client = TestClients.Eks(Stub);

        var error = await Assert.ThrowsAsync<ResourceInUseException>(() =>
            client.AssociateIdentityProviderConfigAsync(new AssociateIdentityProviderConfigRequest { ClusterName = "c1" }));

        Assert.Equal(("c1", "ng", "a"), (error.ClusterName, error.NodegroupName, error.AddonName));
        Assert.Contains("in progress", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ResourceNotFound_CarriesEveryModelledMember()
    {
        Stub.Reply(new StubReply(404, """
            {"clusterName":"c","nodegroupName":"n","fargateProfileName":"f","addonName":"a","subscriptionId":"s","message":"gone"}
            """, ErrorType: "ResourceNotFoundException"));
        using var client = TestClients.Eks(Stub);

        var error = await Assert.ThrowsAsync<ResourceNotFoundException>(() =>
            client.DescribeClusterAsync(new DescribeClusterRequest { Name = "c" }));

        Assert.Equal(("c", "n", "f", "a", "s"), (error.ClusterName, error.NodegroupName, error.FargateProfileName, error.AddonName, error.SubscriptionId));
    }

    [Fact]
    public async Task ErrorCode_FromBodyType_WhenHeaderIsMissing()
    {
        Stub.Reply(new StubReply(400, """{"__type":"com.amazonaws.eks#InvalidRequestException","message":"Identity provider config is not associated with cluster c1"}"""));
        using var client = TestClients.Eks(Stub);

        var error = await Assert.ThrowsAsync<InvalidRequestException>(() =>
            client.DescribeClusterAsync(new DescribeClusterRequest { Name = "c1" }));

        Assert.Equal("InvalidRequestException", error.ErrorCode);
        Assert.Contains("not associated", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ThrottlingException_IsMarkedAsThrottling()
    {
        Stub.Reply(new StubReply(429, """{"message":"Rate exceeded"}""", ErrorType: "ThrottlingException"));
        using var client = TestClients.Eks(Stub);

        var error = await Assert.ThrowsAsync<ThrottlingException>(() =>
            client.DescribeClusterAsync(new DescribeClusterRequest { Name = "c1" }));

        Assert.True(error.Retryable.Throttling);
    }
}
