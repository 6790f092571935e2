using Amazon.Runtime;
using Amazon.Runtime.Endpoints;
using AwsIdentity.Aws.EKS;
using AwsIdentity.Aws.EKS.Model;
using AwsIdentity.Aws.LicenseManagerUserSubscriptions;
using AwsIdentity.Aws.LicenseManagerUserSubscriptions.Model;
using AwsIdentity.Aws.Tests.Support;

namespace AwsIdentity.Aws.Tests;

/// <summary>
/// Endpoint precedence: provider setting, then AWS_ENDPOINT_URL_&lt;SERVICE_ID&gt;, then AWS_ENDPOINT_URL
/// (the last two resolved natively by AWSSDK.Core from the config's ServiceId), then the regional default.
/// </summary>
public sealed class AwsClientFactoryEndpointTests() : StubServerTest(("AWS_ACCESS_KEY_ID", "AKIDENV"), ("AWS_SECRET_ACCESS_KEY", "secret"))
{
    [Fact]
    public async Task EksEndpoint_FromServiceSpecificEnvironmentVariable()
    {
        Env.Set("AWS_ENDPOINT_URL_EKS", Stub.Endpoint);
        Env.Set("AWS_ENDPOINT_URL", "http://127.0.0.1:9/");
        using var client = AwsClientFactory.CreateEks(new AwsClientSettings { Region = "eu-west-1", MaxRetries = 0 });

        await client.DescribeClusterAsync(new DescribeClusterRequest { Name = "c1" });

        Assert.Contains("/eu-west-1/eks/aws4_request", Stub.Single().Header("Authorization"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task LmusEndpoint_FromServiceSpecificEnvironmentVariable()
    {
        Env.Set("AWS_ENDPOINT_URL_LICENSE_MANAGER_USER_SUBSCRIPTIONS", Stub.Endpoint);
        using var client = AwsClientFactory.CreateLicenseManagerUserSubscriptions(new AwsClientSettings { Region = "eu-west-1", MaxRetries = 0 });

        await client.ListInstancesAsync(new ListInstancesRequest());

        Assert.Contains("/eu-west-1/license-manager-user-subscriptions/aws4_request", Stub.Single().Header("Authorization"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Endpoint_FromGenericEnvironmentVariable_ForBothServices()
    {
        Env.Set("AWS_ENDPOINT_URL", Stub.Endpoint);
        Env.Set("AWS_REGION", "ap-southeast-2");
        using var eks = AwsClientFactory.CreateEks(new AwsClientSettings { MaxRetries = 0 });
        using var lmus = AwsClientFactory.CreateLicenseManagerUserSubscriptions(new AwsClientSettings { MaxRetries = 0 });

        await eks.DescribeClusterAsync(new DescribeClusterRequest { Name = "c1" });
        await lmus.ListInstancesAsync(new ListInstancesRequest());

        Assert.Equal(2, Stub.Requests.Count);
        Assert.All(Stub.Requests, r => Assert.Contains("/ap-southeast-2/", r.Header("Authorization"), StringComparison.Ordinal));
    }

    [Fact]
    public async Task ExplicitEndpoint_WinsOverEnvironment()
    {
        Env.Set("AWS_ENDPOINT_URL_EKS", "http://127.0.0.1:9/");
        Env.Set("AWS_ENDPOINT_URL", "http://127.0.0.1:9/");
        using var client = AwsClientFactory.CreateEks(new AwsClientSettings { Region = "us-east-2", EksEndpoint = Stub.Endpoint, MaxRetries = 0 });

        await client.DescribeClusterAsync(new DescribeClusterRequest { Name = "c1" });

        Assert.Contains("/us-east-2/eks/aws4_request", Stub.Single().Header("Authorization"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("us-west-2", "https://eks.us-west-2.amazonaws.com")]
    [InlineData("cn-north-1", "https://eks.cn-north-1.amazonaws.com.cn")]
    public void DefaultEndpoint_IsRegional(string region, string expected)
    {
        var config = new AmazonEKSConfig { RegionEndpoint = Amazon.RegionEndpoint.GetBySystemName(region) };

        var endpoint = config.DetermineServiceOperationEndpoint(new ServiceOperationEndpointParameters(new DescribeClusterRequest()));

        Assert.Equal(expected, endpoint.URL);
    }

    [Fact]
    public void DefaultEndpoint_Lmus_IsRegional()
    {
        var config = new AmazonLicenseManagerUserSubscriptionsConfig { RegionEndpoint = Amazon.RegionEndpoint.USEast1 };

        var endpoint = config.DetermineServiceOperationEndpoint(new ServiceOperationEndpointParameters(new ListInstancesRequest()));

        Assert.Equal("https://license-manager-user-subscriptions.us-east-1.amazonaws.com", endpoint.URL);
    }

    [Fact]
    public void NoRegionAnywhere_FailsWithActionableMessage()
    {
        var error = Assert.Throws<AmazonClientException>(() => AwsClientFactory.CreateEks(new AwsClientSettings()));

        Assert.StartsWith("Configuring AWS: no region found", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("not a url")]
    [InlineData("ftp://127.0.0.1/")]
    public void InvalidEndpoint_IsRejected(string endpoint)
    {
        Assert.Throws<ArgumentException>(() =>
            AwsClientFactory.CreateEks(new AwsClientSettings { Region = "us-west-2", EksEndpoint = endpoint }));
    }

    [Fact]
    public void MaxRetries_SetsSdkMaxErrorRetry()
    {
        using var client = (AmazonEKSClient)AwsClientFactory.CreateEks(new AwsClientSettings { Region = "us-west-2", MaxRetries = 7 });

        Assert.Equal(7, client.Config.MaxErrorRetry);
        Assert.Equal(RequestRetryMode.Standard, client.Config.RetryMode);
    }
}
