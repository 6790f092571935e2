using Amazon.Runtime;
using AwsIdentity.Aws.EKS.Model;
using AwsIdentity.Aws.Tests.Support;

namespace AwsIdentity.Aws.Tests;

/// <summary>Credentials: explicit keys, then the named profile, then the SDK default chain; region likewise.</summary>
public sealed class AwsClientFactoryCredentialTests : IDisposable
{
    private readonly EnvironmentScope _env = new();
    private readonly StubAwsServer _stub = new();

    public void Dispose()
    {
        _stub.Dispose();
        _env.Dispose();
    }

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
        _env.Set("AWS_ACCESS_KEY_ID", "AKIDFROMENV");
        _env.Set("AWS_SECRET_ACCESS_KEY", "secret-env");
        using var client = AwsClientFactory.CreateEks(new AwsClientSettings { Region = "us-west-2", EksEndpoint = _stub.Endpoint, MaxRetries = 0 });

        await client.DescribeClusterAsync(new DescribeClusterRequest { Name = "c1" });

        Assert.Contains("Credential=AKIDFROMENV/", _stub.Single().Header("Authorization"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task DefaultChain_UsesAwsProfileVariable()
    {
        _env.Set("AWS_PROFILE", "dev");
        using var client = AwsClientFactory.CreateEks(new AwsClientSettings { EksEndpoint = _stub.Endpoint, MaxRetries = 0 });

        await client.DescribeClusterAsync(new DescribeClusterRequest { Name = "c1" });

        var request = _stub.Single();
        Assert.Contains("Credential=AKIDDEV/", request.Header("Authorization"), StringComparison.Ordinal);
        Assert.Contains("/ap-northeast-1/eks/", request.Header("Authorization"), StringComparison.Ordinal);
        Assert.Equal("token-dev", request.Header("X-Amz-Security-Token"));
    }

    [Fact]
    public async Task ProfileSetting_SignsWithProfileKeysAndRegion()
    {
        using var client = AwsClientFactory.CreateEks(new AwsClientSettings { Profile = "dev", EksEndpoint = _stub.Endpoint, MaxRetries = 0 });

        await client.DescribeClusterAsync(new DescribeClusterRequest { Name = "c1" });

        var authorization = _stub.Single().Header("Authorization");
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
        _env.Set("AWS_REGION", envRegion);
        _env.Set("AWS_PROFILE", "dev");

        Assert.Equal(expected, AwsClientFactory.ResolveRegion(new AwsClientSettings { Region = explicitRegion, Profile = profile }));
    }

    [Fact]
    public void Region_FromAwsDefaultRegion()
    {
        _env.Set("AWS_DEFAULT_REGION", "us-gov-west-1");

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
