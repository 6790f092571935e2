using Amazon.Runtime;
using AwsIdentity.Aws.EKS.Model;
using AwsIdentity.Aws.Tests.Support;

namespace AwsIdentity.Aws.Tests;

/// <summary>Credentials: explicit keys, then the named profile, then the SDK default chain; region likewise.</summary>
public sealed class AwsClientFactoryCredentialTests : StubServerTest
{
    [Fact]
    public void ExplicitKeys_WinOverProfile()
    {
        var credentials = AwsClientFactory.ResolveCredentials(new AwsClientSettings { AccessKey = "AKIDX", SecretKey = "s", Profile = "dev" });

        var resolved = credentials!.GetCredentials();
        Assert.Equal(("AKIDX", "s", false), (resolved.AccessKey, resolved.SecretKey, resolved.UseToken));
    }

    [Fact]
    public void ExplicitKeysWithToken_AreSessionCredentials()
    {
        var resolved = AwsClientFactory.ResolveCredentials(new AwsClientSettings { AccessKey = "AKIDX", SecretKey = "s", Token = "t" })!.GetCredentials();

        Assert.Equal("t", resolved.Token);
    }

    [Fact]
    public void AccessKeyWithoutSecret_IsRejected()
    {
        var error = Assert.Throws<ArgumentException>(() => AwsClientFactory.ResolveCredentials(new AwsClientSettings { AccessKey = "AKIDX" }));

        Assert.StartsWith("Configuring AWS credentials", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Profile_FromSharedCredentialsFile()
    {
        var resolved = AwsClientFactory.ResolveCredentials(new AwsClientSettings { Profile = "dev" })!.GetCredentials();

        Assert.Equal(("AKIDDEV", "secret-dev", "token-dev"), (resolved.AccessKey, resolved.SecretKey, resolved.Token));
    }

    [Fact]
    public void Profile_FromConfigFileOnly()
    {
        var resolved = AwsClientFactory.ResolveCredentials(new AwsClientSettings { Profile = "cfgonly" })!.GetCredentials();

        Assert.Equal("AKIDCFG", resolved.AccessKey);
    }

    [Fact]
    public void MissingProfile_IsRejectedByName()
    {
        var error = Assert.Throws<ArgumentException>(() => AwsClientFactory.ResolveCredentials(new AwsClientSettings { Profile = "nope" }));

        Assert.Contains("'nope'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void NoKeysNoProfile_LeavesTheDefaultChain()
    {
        Assert.Null(AwsClientFactory.ResolveCredentials(new AwsClientSettings()));
    }

    [Fact]
    public async Task DefaultChain_UsesEnvironmentKeys()
    {
        Env.Set("AWS_ACCESS_KEY_ID", "AKIDFROMENV");
        Env.Set("AWS_SECRET_ACCESS_KEY", "secret-env");
        using var client = AwsClientFactory.CreateEks(new AwsClientSettings { Region = "us-west-2", EksEndpoint = Stub.Endpoint, MaxRetries = 0 });

        await client.DescribeClusterAsync(new DescribeClusterRequest { Name = "c1" });

        Assert.Contains("Credential=AKIDFROMENV/", Stub.Single().Header("Authorization"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task DefaultChain_UsesAwsProfileVariable()
    {
        Env.Set("AWS_PROFILE", "dev");
        using var client = AwsClientFactory.CreateEks(new AwsClientSettings { EksEndpoint = Stub.Endpoint, MaxRetries = 0 });

        await client.DescribeClusterAsync(new DescribeClusterRequest { Name = "c1" });

        var request = Stub.Single();
        Assert.Contains("Credential=AKIDDEV/", request.Header("Authorization"), StringComparison.Ordinal);
        Assert.Contains("/ap-northeast-1/eks/", request.Header("Authorization"), StringComparison.Ordinal);
        Assert.Equal("token-dev", request.Header("X-Amz-Security-Token"));
    }

    [Fact]
    public async Task ProfileSetting_SignsWithProfileKeysAndRegion()
    {
        using var client = AwsClientFactory.CreateEks(new AwsClientSettings { Profile = "dev", EksEndpoint = Stub.Endpoint, MaxRetries = 0 });

        await client.DescribeClusterAsync(new DescribeClusterRequest { Name = "c1" });

        var authorization = Stub.Single().Header("Authorization");
        Assert.Contains("Credential=AKIDDEV/", authorization, StringComparison.Ordinal);
        Assert.Contains("/ap-northeast-1/eks/aws4_request", authorization, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("us-east-2", "dev", "ca-central-1", "us-east-2")]
    [InlineData(null, "dev", "ca-central-1", "ap-northeast-1")]
    [InlineData(null, null, "ca-central-1", "ca-central-1")]
    [InlineData(null, null, null, "ap-northeast-1")]
    public void Region_Precedence(string? explicitRegion, string? profile, string? envRegion, string expected)
    {
        Env.Set("AWS_REGION", envRegion);
        Env.Set("AWS_PROFILE", "dev");

        Assert.Equal(expected, AwsClientFactory.ResolveRegion(new AwsClientSettings { Region = explicitRegion, Profile = profile }));
    }

    [Fact]
    public void Region_FromAwsDefaultRegion()
    {
        Env.Set("AWS_DEFAULT_REGION", "us-gov-west-1");

        Assert.Equal("us-gov-west-1", AwsClientFactory.ResolveRegion(new AwsClientSettings()));
    }

    [Fact]
    public void Settings_ToString_RedactsSecrets()
    {
        var text = new AwsClientSettings { AccessKey = "AKIDX", SecretKey = "very-secret", Token = "tok" }.ToString();

        Assert.DoesNotContain("very-secret", text, StringComparison.Ordinal);
        Assert.DoesNotContain("AKIDX", text, StringComparison.Ordinal);
        Assert.DoesNotContain("tok,", text, StringComparison.Ordinal);
    }
}
