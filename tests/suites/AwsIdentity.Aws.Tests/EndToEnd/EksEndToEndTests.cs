using System.Text.Json.Nodes;
using Amazon.Runtime;
using AwsIdentity.Aws.EKS;
using AwsIdentity.Aws.EKS.Model;

namespace AwsIdentity.Aws.Tests.EndToEnd;

/// <summary>Every EKS operation against the in-process emulator, SigV4-signed.</summary>
public sealed class EksEndToEndTests : IAsyncLifetime
{
    private EmulatorFixture _emulator = null!;

    public async Task InitializeAsync()
    {
        _emulator = await EmulatorFixture.StartAsync();
        await _emulator.ControlAsync("eks/clusters", new JsonObject { ["name"] = "demo" });
    }

    public async Task DisposeAsync() => await _emulator.DisposeAsync();

    private static AssociateIdentityProviderConfigRequest Associate() => new()
    {
        ClusterName = "demo",
        Oidc = new OidcIdentityProviderConfigRequest
        {
            IdentityProviderConfigName = "okta",
            IssuerUrl = "https://example.okta.com",
            ClientId = "kubernetes",
            UsernameClaim = "email",
            RequiredClaims = new() { ["aud"] = "k8s" },
        },
        Tags = new() { ["team"] = "platform" },
    };

    [Fact]
    public async Task Lifecycle_AssociateDescribeListTagDisassociate()
    {
        using var eks = _emulator.Eks();

        var cluster = (await eks.DescribeClusterAsync(new DescribeClusterRequest { Name = "demo" })).Cluster!;
        Assert.Equal(("demo", "ACTIVE"), (cluster.Name, cluster.Status));

        var update = (await eks.AssociateIdentityProviderConfigAsync(Associate())).Update!;
        Assert.Equal("AssociateIdentityProviderConfig", update.Type);
        var final = await WaitForUpdateAsync(eks, update.Id!);
        Assert.Equal("Successful", final.Status);

        var config = (await eks.DescribeIdentityProviderConfigAsync(new DescribeIdentityProviderConfigRequest
        {
            ClusterName = "demo",
            IdentityProviderConfig = new IdentityProviderConfig { Type = "oidc", Name = "okta" },
        })).IdentityProviderConfig!.Oidc!;
        Assert.Equal(("okta", "https://example.okta.com", "kubernetes", "email"), (config.IdentityProviderConfigName, config.IssuerUrl, config.ClientId, config.UsernameClaim));
        Assert.Equal("k8s", config.RequiredClaims!["aud"]);
        Assert.Equal("ACTIVE", config.Status);
        var arn = config.IdentityProviderConfigArn!;

        var names = new List<string?>();
        await foreach (var item in eks.Paginators.ListIdentityProviderConfigs(new() { ClusterName = "demo" }).IdentityProviderConfigs)
        {
            names.Add(item.Name);
        }

        Assert.Equal(["okta"], names);

        await eks.TagResourceAsync(new TagResourceRequest { ResourceArn = arn, Tags = new() { ["env"] = "dev" } });
        await eks.UntagResourceAsync(new UntagResourceRequest { ResourceArn = arn, TagKeys = ["team"] });
        var tags = (await eks.ListTagsForResourceAsync(new ListTagsForResourceRequest { ResourceArn = arn })).Tags!;
        Assert.Equal(new Dictionary<string, string> { ["env"] = "dev" }, tags);

        var removal = (await eks.DisassociateIdentityProviderConfigAsync(new DisassociateIdentityProviderConfigRequest
        {
            ClusterName = "demo",
            IdentityProviderConfig = new IdentityProviderConfig { Type = "oidc", Name = "okta" },
        })).Update!;
        Assert.Equal("Successful", (await WaitForUpdateAsync(eks, removal.Id!)).Status);
        await WaitForGoneAsync(eks);
    }

    [Fact]
    public async Task MissingCluster_IsResourceNotFound()
    {
        using var eks = _emulator.Eks();

        var error = await Assert.ThrowsAsync<ResourceNotFoundException>(() =>
            eks.DescribeClusterAsync(new DescribeClusterRequest { Name = "nope" }));

        Assert.Equal(404, (int)error.StatusCode);
        Assert.False(string.IsNullOrEmpty(error.RequestId));
    }

    [Fact]
    public async Task InjectedThrottling_IsRetriedBySdk()
    {
        await _emulator.ControlAsync("faults/next", new JsonObject { ["operation"] = "DescribeCluster", ["errorCode"] = "ThrottlingException", ["count"] = 2 });
        using var eks = _emulator.Eks(maxRetries: 3);

        var cluster = (await eks.DescribeClusterAsync(new DescribeClusterRequest { Name = "demo" })).Cluster!;

        Assert.Equal("demo", cluster.Name);
    }

    [Fact]
    public async Task InjectedInUse_IsTypedAndNotRetried()
    {
        await _emulator.ControlAsync("faults/next", new JsonObject { ["operation"] = "AssociateIdentityProviderConfig", ["errorCode"] = "ResourceInUseException", ["count"] = 1 });
        using var eks = _emulator.Eks(maxRetries: 3);

        var error = await Assert.ThrowsAsync<ResourceInUseException>(() => eks.AssociateIdentityProviderConfigAsync(Associate()));

        Assert.Equal(409, (int)error.StatusCode);
    }

    [Fact]
    public async Task WrongSecret_IsRejectedBySignatureCheck()
    {
        using var eks = AwsClientFactory.CreateEks(_emulator.Settings(secretKey: "wrong", maxRetries: 0));

        var error = await Assert.ThrowsAnyAsync<AmazonServiceException>(() =>
            eks.DescribeClusterAsync(new DescribeClusterRequest { Name = "demo" }));

        Assert.Equal(403, (int)error.StatusCode);
    }

    private static async Task<Update> WaitForUpdateAsync(IAmazonEKS eks, string id)
    {
        for (var i = 0; ; i++)
        {
            var update = (await eks.DescribeUpdateAsync(new DescribeUpdateRequest { Name = "demo", UpdateId = id })).Update!;
            if (update.Status != "InProgress" || i == 50)
            {
                return update;
            }

            await Task.Delay(100);
        }
    }

    private static async Task WaitForGoneAsync(IAmazonEKS eks)
    {
        for (var i = 0; i < 50; i++)
        {
            var page = await eks.ListIdentityProviderConfigsAsync(new ListIdentityProviderConfigsRequest { ClusterName = "demo" });
            if (page.IdentityProviderConfigs is null or { Count: 0 })
            {
                return;
            }

            await Task.Delay(100);
        }

        Assert.Fail("The identity provider config was still listed after disassociation.");
    }
}
