using AwsIdentity.Core.Operations;
using AwsIdentity.Core.Aws;
using AwsIdentity.Core.Config;
using AwsIdentity.Provider.Host;
using AwsIdentity.Core.Resources;
using AwsIdentity.Core.Resources.Eks;
using AwsIdentity.Core.Resources.LicenseManager;
using Microsoft.Extensions.Time.Testing;
using Moq;

namespace AwsIdentity.Tests.Support;

/// <summary>
/// Handlers wired to strict mocks: any AWS client access or engine log fails the test, which proves that Check,
/// Diff and preview never touch AWS.
/// </summary>
internal static class Handlers
{
    public static ResourceServices Services()
    {
        var aws = new Mock<IAwsClients>(MockBehavior.Strict);
        var log = new Mock<IOperationLog>(MockBehavior.Strict);
        return new ResourceServices(aws.Object, new FakeTimeProvider(), log.Object);
    }

    public static ProviderContext Unconfigured() => new();

    public static ProviderContext WithDefaultTags(params (string Key, string Value)[] defaultTags)
    {
        var context = new ProviderContext();
        context.Configure(new ProviderConfig
        {
            DefaultTags = new DefaultTagsConfig { Tags = defaultTags.ToDictionary(t => t.Key, t => t.Value) },
        });
        return context;
    }

    public static IdentityProviderConfigHandler Eks(ProviderContext? context = null) =>
        new(context ?? Unconfigured(), Services());

    public static UserAssociationHandler User(ProviderContext? context = null) =>
        new(context ?? Unconfigured(), Services(), new AssociationLookup(new FakeTimeProvider()));

    public static IdentityProviderRegistrationHandler Registration(ProviderContext? context = null) => new(context ?? Unconfigured(), Services());

    public static ProductSubscriptionHandler Subscription(ProviderContext? context = null) => new(context ?? Unconfigured(), Services());

    /// <summary>One handler of each resource type the provider serves (Host/Program.cs registers the same).</summary>
    public static IResourceHandler[] All() => [Eks(), User(), Registration(), Subscription()];
}
