using Amazon.Runtime;
using AwsIdentity.Aws.EKS;
using AwsIdentity.Aws.EKS.Model;
using Moq;

namespace AwsIdentity.Aws.Tests.EKS;

/// <summary>ListIdentityProviderConfigs pagination over a mocked IAmazonEKS (nextToken in, nextToken out).</summary>
public sealed class EksPaginatorTests
{
    private static Mock<IAmazonEKS> Pages(params (string? Token, string? Next, string[] Names)[] pages)
    {
        var mock = new Mock<IAmazonEKS>(MockBehavior.Strict);
        foreach (var page in pages)
        {
            mock.Setup(m => m.ListIdentityProviderConfigsAsync(
                    It.Is<ListIdentityProviderConfigsRequest>(r => r.NextToken == page.Token), It.IsAny<CancellationToken>()))
                .ReturnsAsync(new ListIdentityProviderConfigsResponse
                {
                    NextToken = page.Next,
                    IdentityProviderConfigs = page.Names.Select(n => new IdentityProviderConfig { Type = "oidc", Name = n }).ToList(),
                });
        }

        return mock;
    }

    [Fact]
    public async Task IdentityProviderConfigs_FollowsNextTokenAcrossPages()
    {
        var mock = Pages((null, "t2", ["a", "b"]), ("t2", "t3", []), ("t3", null, ["c"]));
        var paginator = new EKSPaginatorFactory(mock.Object).ListIdentityProviderConfigs(new() { ClusterName = "c1" });

        var names = new List<string?>();
        await foreach (var config in paginator.IdentityProviderConfigs)
        {
            names.Add(config.Name);
        }

        Assert.Equal(["a", "b", "c"], names);
        mock.Verify(m => m.ListIdentityProviderConfigsAsync(It.IsAny<ListIdentityProviderConfigsRequest>(), It.IsAny<CancellationToken>()), Times.Exactly(3));
    }

    [Fact]
    public async Task Responses_YieldsEveryPage()
    {
        var mock = Pages((null, "t2", ["a"]), ("t2", null, ["b"]));
        var paginator = new ListIdentityProviderConfigsPaginator(mock.Object, new() { ClusterName = "c1" });

        var count = 0;
        await foreach (var _ in paginator.Responses)
        {
            count++;
        }

        Assert.Equal(2, count);
    }

    [Fact]
    public async Task Paginator_IsSingleUse()
    {
        var mock = Pages((null, null, ["a"]));
        var paginator = new ListIdentityProviderConfigsPaginator(mock.Object, new() { ClusterName = "c1" });
        await foreach (var _ in paginator.IdentityProviderConfigs)
        {
        }

        await Assert.ThrowsAsync<InvalidOperationException>(async () =>
        {
            await foreach (var _ in paginator.IdentityProviderConfigs)
            {
            }
        });
    }

    [Fact]
    public async Task RepeatedToken_StopsWithError()
    {
        var mock = Pages((null, "same", ["a"]), ("same", "same", ["b"]));
        var paginator = new ListIdentityProviderConfigsPaginator(mock.Object, new() { ClusterName = "c1" });

        await Assert.ThrowsAsync<AmazonClientException>(async () =>
        {
            await foreach (var _ in paginator.IdentityProviderConfigs)
            {
            }
        });
    }

    [Fact]
    public async Task Cancellation_IsPassedToEachCall()
    {
        var mock = Pages((null, "t2", ["a"]), ("t2", null, ["b"]));
        using var cts = new CancellationTokenSource();
        var paginator = new ListIdentityProviderConfigsPaginator(mock.Object, new() { ClusterName = "c1" });

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var _ in paginator.IdentityProviderConfigs.WithCancellation(cts.Token))
            {
                await cts.CancelAsync();
            }
        });
    }
}
