using AwsIdentity.Aws;
using AwsIdentity.Aws.EKS;
using AwsIdentity.Aws.LicenseManagerUserSubscriptions;
using Eks = AwsIdentity.Aws.EKS.Model;
using Lmus = AwsIdentity.Aws.LicenseManagerUserSubscriptions.Model;

namespace AwsIdentity.ProtocolTests.Lifecycle;

/// <summary>
/// Someone working outside Pulumi (the console, the AWS CLI): calls the emulator's AWS API directly, with no
/// ownership marker, the way such objects exist before anyone imports them.
/// </summary>
public sealed class OutsideAws : IDisposable
{
    private readonly IAmazonEKS _eks;
    private readonly IAmazonLicenseManagerUserSubscriptions _lmus;

    public OutsideAws(LifecycleFixture fixture)
    {
        var settings = new AwsClientSettings
        {
            Region = "us-east-1", AccessKey = "test", SecretKey = "test", MaxRetries = 0,
            EksEndpoint = fixture.Emulator.Url, LicenseManagerUserSubscriptionsEndpoint = fixture.Emulator.Url,
        };
        _eks = AwsClientFactory.CreateEks(settings);
        _lmus = AwsClientFactory.CreateLicenseManagerUserSubscriptions(settings);
    }

    /// <summary>AssociateUser for alice in corp.example.com, tagged by hand; returns the association's ARN.</summary>
    public async Task<string> AssociateUserAsync(string instanceId)
    {
        var response = await _lmus.AssociateUserAsync(new Lmus.AssociateUserRequest
        {
            Username = "alice",
            InstanceId = instanceId,
            Domain = "corp.example.com",
            IdentityProvider = new() { ActiveDirectoryIdentityProvider = new() { DirectoryId = LifecycleFixture.DirectoryId } },
            Tags = new() { ["made-by"] = "console" },
        }, CancellationToken.None);
        return response.InstanceUserSummary!.InstanceUserArn!;
    }

    /// <summary>AssociateIdentityProviderConfig of corp-oidc on <paramref name="cluster"/>, tagged by hand.</summary>
    public async Task AssociateConfigAsync(string cluster)
    {
        await _eks.AssociateIdentityProviderConfigAsync(new Eks.AssociateIdentityProviderConfigRequest
        {
            ClusterName = cluster,
            Oidc = new() { IdentityProviderConfigName = "corp-oidc", IssuerUrl = "https://issuer.example.com/realms/corp", ClientId = "kubernetes" },
            Tags = new() { ["made-by"] = "console" },
        }, CancellationToken.None);
    }

    public void Dispose()
    {
        _eks.Dispose();
        _lmus.Dispose();
    }
}
