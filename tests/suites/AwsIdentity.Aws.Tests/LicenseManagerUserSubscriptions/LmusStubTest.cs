using AwsIdentity.Aws.LicenseManagerUserSubscriptions;
using AwsIdentity.Aws.LicenseManagerUserSubscriptions.Model;
using AwsIdentity.Aws.Tests.Support;

namespace AwsIdentity.Aws.Tests.LicenseManagerUserSubscriptions;

/// <summary>
/// Base of the LMUS wire-shape tests: the identity providers they send (full and by directory id only, with their
/// JSON per botocore license-manager-user-subscriptions-2018-05-10) and one call against the stub.
/// </summary>
public abstract class LmusStubTest : StubServerTest
{
    internal const string IdentityProviderJson = """
        {"ActiveDirectoryIdentityProvider":{"DirectoryId":"d-1234567890",
          "ActiveDirectorySettings":{"DomainName":"corp.example.com","DomainIpv4List":["10.0.0.1"],"DomainIpv6List":["::1"],
            "DomainCredentialsProvider":{"SecretsManagerCredentialsProvider":{"SecretId":"arn:aws:secretsmanager:us-west-2:1:secret:ad"}},
            "DomainNetworkSettings":{"Subnets":["subnet-0123456789abcdef0"]}},
          "ActiveDirectoryType":"SELF_MANAGED","IsSharedActiveDirectory":false}}
        """;

    internal const string ShortProviderJson = """{"ActiveDirectoryIdentityProvider":{"DirectoryId":"d-1234567890"}}""";

    internal static IdentityProvider FullIdentityProvider() => new()
    {
        ActiveDirectoryIdentityProvider = new ActiveDirectoryIdentityProvider
        {
            DirectoryId = "d-1234567890",
            ActiveDirectorySettings = new ActiveDirectorySettings
            {
                DomainName = "corp.example.com",
                DomainIpv4List = ["10.0.0.1"],
                DomainIpv6List = ["::1"],
                DomainCredentialsProvider = new CredentialsProvider
                {
                    SecretsManagerCredentialsProvider = new() { SecretId = "arn:aws:secretsmanager:us-west-2:1:secret:ad" },
                },
                DomainNetworkSettings = new DomainNetworkSettings { Subnets = ["subnet-0123456789abcdef0"] },
            },
            ActiveDirectoryType = "SELF_MANAGED",
            IsSharedActiveDirectory = false,
        },
    };

    internal static IdentityProvider ShortProvider() =>
        new() { ActiveDirectoryIdentityProvider = new() { DirectoryId = "d-1234567890" } };

    /// <summary>Answers the next request with <paramref name="reply"/>, makes one call, and returns what was sent and read.</summary>
    protected async Task<(RecordedRequest Request, T Response)> CallAsync<T>(
        string reply, Func<IAmazonLicenseManagerUserSubscriptions, Task<T>> call)
    {
        Stub.Reply(new StubReply(200, reply));
        using var client = TestClients.Lmus(Stub);
        var response = await call(client);
        return (Stub.Single(), response);
    }

    /// <summary>Every LMUS operation here is a POST with a JSON body (botocore: requestUri, no labels).</summary>
    protected static void AssertPost(RecordedRequest request, string path, string json)
    {
        Assert.Equal(("POST", path), (request.Method, request.Path));
        JsonAssert.Equal(json, request.Body);
    }
}
