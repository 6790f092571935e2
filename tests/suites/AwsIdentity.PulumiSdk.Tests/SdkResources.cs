using AwsIdentity.Pulumi;
using AwsIdentity.Pulumi.Eks;
using AwsIdentity.Pulumi.LicenseManager;
using Pulumi;

namespace AwsIdentity.PulumiSdk.Tests;

/// <summary>Each resource of the package by its token: its full args (FullArgs.cs) and its constructor, for the
/// tests that run over every resource.</summary>
internal static class SdkResources
{
    public static readonly string[] Tokens = [SdkMocks.OidcToken, SdkMocks.UserToken, SdkMocks.SubscriptionToken, SdkMocks.RegistrationToken];

    public static ResourceArgs Args(string token) => token switch
    {
        SdkMocks.ProviderToken => FullArgs.Provider(),
        SdkMocks.OidcToken => FullArgs.Oidc(),
        SdkMocks.UserToken => FullArgs.User(),
        SdkMocks.SubscriptionToken => FullArgs.Subscription(),
        SdkMocks.RegistrationToken => FullArgs.Registration(),
        _ => throw new ArgumentOutOfRangeException(nameof(token), token, "not a resource of the package"),
    };

    public static CustomResource Create(string name, ResourceArgs args, CustomResourceOptions? options = null) => args switch
    {
        ProviderArgs a => new Provider(name, a, options),
        IdentityProviderConfigArgs a => new IdentityProviderConfig(name, a, options),
        UserAssociationArgs a => new UserAssociation(name, a, options),
        ProductSubscriptionArgs a => new ProductSubscription(name, a, options),
        IdentityProviderRegistrationArgs a => new IdentityProviderRegistration(name, a, options),
        _ => throw new ArgumentOutOfRangeException(nameof(args), args.GetType().Name, "not an args class of the package"),
    };
}
