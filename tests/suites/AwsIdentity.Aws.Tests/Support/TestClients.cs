using AwsIdentity.Aws.EKS;
using AwsIdentity.Aws.LicenseManagerUserSubscriptions;

namespace AwsIdentity.Aws.Tests.Support;

/// <summary>Clients pointed at a stub, with fixed test keys and region.</summary>
public static class TestClients
{
    public const string AccessKey = "AKIDEXAMPLE";
    public const string SecretKey = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY";
    public const string Region = "us-west-2";

    public static AwsClientSettings Settings(string endpoint, int? maxRetries = 0) => new()
    {
        Region = Region,
        AccessKey = AccessKey,
        SecretKey = SecretKey,
        EksEndpoint = endpoint,
        LicenseManagerUserSubscriptionsEndpoint = endpoint,
        MaxRetries = maxRetries,
    };

    public static IAmazonEKS Eks(StubAwsServer stub, int? maxRetries = 0) =>
        AwsClientFactory.CreateEks(Settings(stub.Endpoint, maxRetries));

    public static IAmazonLicenseManagerUserSubscriptions Lmus(StubAwsServer stub, int? maxRetries = 0) =>
        AwsClientFactory.CreateLicenseManagerUserSubscriptions(Settings(stub.Endpoint, maxRetries));
}
