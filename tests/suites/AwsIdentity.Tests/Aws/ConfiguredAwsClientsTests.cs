using AwsIdentity.Core.Aws;
using AwsIdentity.Core.Config;

namespace AwsIdentity.Tests.Aws;

public sealed class ConfiguredAwsClientsTests
{
    private static ConfiguredAwsClients Clients(string region)
    {
        var provider = new ProviderContext();
        provider.Configure(new ProviderConfig { Region = region, AccessKey = "a", SecretKey = "s", SkipCredentialsValidation = true });
        return new ConfiguredAwsClients(provider);
    }

    [Fact]
    public void InRegion_TheProvidersOwn_IsTheSameSet()
    {
        var clients = Clients("us-east-1");
        Assert.Same(clients, clients.InRegion("us-east-1"));
    }

    [Fact]
    public void InRegion_Another_IsOneSetOfItsOwnPerRegion()
    {
        var clients = Clients("us-east-1");
        var west = clients.InRegion("us-west-2");
        Assert.NotSame(clients, west);
        Assert.Same(west, clients.InRegion("us-west-2"));
        Assert.NotSame(clients.Eks, west.Eks);
        Assert.NotSame(west, clients.InRegion("eu-west-1"));
    }
}
