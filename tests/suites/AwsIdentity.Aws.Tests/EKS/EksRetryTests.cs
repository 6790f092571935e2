using Amazon.Runtime;
using AwsIdentity.Aws.EKS.Model;
using AwsIdentity.Aws.Tests.Support;

namespace AwsIdentity.Aws.Tests.EKS;

/// <summary>AWSSDK.Core's standard retry mode, as wired into our client: what is retried and how often.</summary>
public sealed class EksRetryTests : StubServerTest
{
    private static readonly DescribeClusterRequest Request = new() { Name = "c1" };

    [Fact]
    public async Task Throttling_IsSentAgainByThePacer_ThenSucceeds()
    {
        var throttled = new StubReply(429, """{"message":"Rate exceeded"}""", ErrorType: "ThrottlingException");
        Stub.Reply(throttled, throttled, new StubReply(200, """{"cluster":{"name":"c1"}}"""));
        using var client = TestClients.Eks(Stub, maxRetries: 3);

        var response = await client.DescribeClusterAsync(Request);

        Assert.Equal("c1", response.Cluster!.Name);
        Assert.Equal(3, Stub.Requests.Count);
        // The pacer sent the same signed request again, within the SDK's first attempt.
        Assert.All(Stub.Requests, r => Assert.StartsWith("attempt=1;", r.Header("amz-sdk-request"), StringComparison.Ordinal));
        Assert.Single(Stub.Requests.Select(r => r.Header("authorization")).Distinct());
    }

    [Fact]
    public async Task Throttling_BeyondThePacersTries_GoesToTheSdksRetries()
    {
        var throttled = new StubReply(429, """{"message":"Rate exceeded"}""", ErrorType: "ThrottlingException");
        Stub.Reply(Enumerable.Repeat(throttled, 5).Append(new StubReply(200, """{"cluster":{"name":"c1"}}""")).ToArray());
        using var client = TestClients.Eks(Stub, maxRetries: 4);

        await client.DescribeClusterAsync(Request);

        Assert.Equal(["attempt=1", "attempt=1", "attempt=1", "attempt=1", "attempt=1", "attempt=2"],
            Stub.Requests.Select(r => r.Header("amz-sdk-request").Split(';')[0]));
    }

    [Fact]
    public async Task Throttling_WithRetriesOff_IsNotSentAgain()
    {
        Stub.Reply(new StubReply(429, """{"message":"Rate exceeded"}""", ErrorType: "ThrottlingException"));
        using var client = TestClients.Eks(Stub, maxRetries: 0);

        await Assert.ThrowsAsync<AwsIdentity.Aws.EKS.Model.ThrottlingException>(() => client.DescribeClusterAsync(Request));
        Assert.Single(Stub.Requests);
    }

    [Theory]
    [InlineData(500, "ServerException")]
    [InlineData(503, "ServiceUnavailableException")]
    public async Task ServerErrors_AreRetried(int status, string code)
    {
        Stub.Reply(new StubReply(status, """{"message":"boom"}""", ErrorType: code), new StubReply(200, "{}"));
        using var client = TestClients.Eks(Stub, maxRetries: 2);

        await client.DescribeClusterAsync(Request);

        Assert.Equal(2, Stub.Requests.Count);
    }

    [Fact]
    public async Task ResetConnection_IsRetried()
    {
        using var server = new ResettingServer(resets: 1);
        using var client = AwsClientFactory.CreateEks(TestClients.Settings(server.Endpoint, maxRetries: 2));

        var response = await client.DescribeClusterAsync(Request);

        Assert.Equal("c1", response.Cluster!.Name);
        Assert.Equal(2, server.Connections);
    }

    [Fact]
    public async Task MaxRetries_BoundsAttempts_ThenThrowsLastError()
    {
        Stub.Fallback = new StubReply(500, """{"message":"still down"}""", ErrorType: "ServerException");
        using var client = TestClients.Eks(Stub, maxRetries: 1);

        await Assert.ThrowsAsync<ServerException>(() => client.DescribeClusterAsync(Request));

        Assert.Equal(2, Stub.Requests.Count);
    }

    [Theory]
    [InlineData(409, "ResourceInUseException")]
    [InlineData(404, "ResourceNotFoundException")]
    [InlineData(400, "InvalidParameterException")]
    public async Task ClientErrors_AreNotRetried(int status, string code)
    {
        Stub.Fallback = new StubReply(status, """{"message":"no"}""", ErrorType: code);
        using var client = TestClients.Eks(Stub, maxRetries: 3);

        var error = await Assert.ThrowsAnyAsync<AmazonServiceException>(() => client.DescribeClusterAsync(Request));

        Assert.Equal(code, error.ErrorCode);
        Assert.Single(Stub.Requests);
    }

    [Fact]
    public async Task Retries_ReuseTheIdempotencyToken()
    {
        Stub.Reply(new StubReply(500, "{}", ErrorType: "ServerException"), new StubReply(200, "{}"));
        using var client = TestClients.Eks(Stub, maxRetries: 2);

        await client.AssociateIdentityProviderConfigAsync(new AssociateIdentityProviderConfigRequest
        {
            ClusterName = "c1",
            Oidc = new() { IdentityProviderConfigName = "n", IssuerUrl = "https://i", ClientId = "c" },
        });

        Assert.Equal(2, Stub.Requests.Count);
        Assert.Equal(Stub.Requests[0].Body, Stub.Requests[1].Body);
    }

    [Fact]
    public async Task Cancellation_StopsTheCall()
    {
        using var client = TestClients.Eks(Stub);
        using var cts = new CancellationTokenSource();
        await cts.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => client.DescribeClusterAsync(Request, cts.Token));
    }
}
