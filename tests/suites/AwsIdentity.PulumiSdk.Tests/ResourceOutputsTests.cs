using System.Reflection;
using AwsIdentity.Pulumi.Eks;
using AwsIdentity.Pulumi.LicenseManager;
using Pulumi;

namespace AwsIdentity.PulumiSdk.Tests;

/// <summary>The engine's answer as typed C# outputs: computed values, maps and nested output types.</summary>
public sealed class ResourceOutputsTests
{
    [Fact]
    public async Task IdentityProviderConfig_ExposesTypedOutputs()
    {
        var (oidc, _) = await PulumiRun.OneAsync(() => new IdentityProviderConfig("oidc", FullArgs.Oidc()));

        Assert.Equal("arn:aws:eks:us-east-1:123456789012:identityproviderconfig/platform-eks/oidc/corp-sso/1", await PulumiRun.ValueAsync(oidc.Arn));
        Assert.Equal("ACTIVE", await PulumiRun.ValueAsync(oidc.Status));
        Assert.Equal(new Dictionary<string, string> { ["owner"] = "platform-team", ["team"] = "platform" }, await PulumiRun.ValueAsync(oidc.TagsAll));
        var settings = await PulumiRun.ValueAsync(oidc.Oidc);
        Assert.Equal(("corp-sso", "https://sso.example.com", "oidc:"), (settings.IdentityProviderConfigName, settings.IssuerUrl, settings.GroupsPrefix));
        Assert.Equal("kubernetes", settings.RequiredClaims!["aud"]);
        Assert.Equal("platform-eks:corp-sso", await PulumiRun.ValueAsync(oidc.Id));
    }

    [Fact]
    public async Task UserAssociation_ExposesTypedOutputs()
    {
        var (user, _) = await PulumiRun.OneAsync(() => new UserAssociation("alice", FullArgs.User()));

        Assert.Equal("arn:aws:license-manager-user-subscriptions:us-east-1:123456789012:instance-user/i-0123456789abcdef0/alice", await PulumiRun.ValueAsync(user.InstanceUserArn));
        Assert.Equal("ASSOCIATED", await PulumiRun.ValueAsync(user.Status));
        Assert.Equal("2026-01-02T03:04:05Z", await PulumiRun.ValueAsync(user.AssociationDate));
        Assert.Null(await PulumiRun.ValueAsync(user.DisassociationDate));
        var ad = (await PulumiRun.ValueAsync(user.IdentityProvider)).ActiveDirectoryIdentityProvider;
        Assert.Equal(("d-1234567890", true), (ad.DirectoryId, ad.IsSharedActiveDirectory));
        Assert.Equal(["10.0.0.10", "10.0.1.10"], ad.ActiveDirectorySettings!.DomainIpv4List!.Value.ToArray());
        Assert.Equal("arn:aws:secretsmanager:us-east-1:123456789012:secret:ad-join",
            ad.ActiveDirectorySettings.DomainCredentialsProvider!.SecretsManagerCredentialsProvider!.SecretId);
        Assert.Equal(["subnet-0123456789abcdef0"], ad.ActiveDirectorySettings.DomainNetworkSettings!.Subnets.ToArray());
    }

    [Fact]
    public async Task ProductSubscription_ExposesTypedOutputs()
    {
        var (subscription, _) = await PulumiRun.OneAsync(() => new ProductSubscription("alice", FullArgs.Subscription()));

        Assert.Equal($"{SdkMocks.Arn}:product-user/VISUAL_STUDIO_ENTERPRISE/alice", await PulumiRun.ValueAsync(subscription.ProductUserArn));
        Assert.Equal("SUBSCRIBED", await PulumiRun.ValueAsync(subscription.Status));
        Assert.Equal("2026-01-02T03:04:05Z", await PulumiRun.ValueAsync(subscription.SubscriptionStartDate));
        Assert.Null(await PulumiRun.ValueAsync(subscription.SubscriptionEndDate));
        Assert.Null(await PulumiRun.ValueAsync(subscription.StatusMessage));
        Assert.Equal(new Dictionary<string, string> { ["owner"] = "platform-team", ["team"] = "platform" }, await PulumiRun.ValueAsync(subscription.TagsAll));
        Assert.Equal("d-1234567890", (await PulumiRun.ValueAsync(subscription.IdentityProvider)).ActiveDirectoryIdentityProvider.DirectoryId);
        Assert.Equal("d-1234567890:VISUAL_STUDIO_ENTERPRISE:alice:corp.example.com", await PulumiRun.ValueAsync(subscription.Id));
    }

    [Fact]
    public async Task IdentityProviderRegistration_ExposesTypedOutputs()
    {
        var (registration, _) = await PulumiRun.OneAsync(() => new IdentityProviderRegistration("directory", FullArgs.Registration()));

        Assert.Equal($"{SdkMocks.Arn}:identity-provider/d-1234567890", await PulumiRun.ValueAsync(registration.IdentityProviderArn));
        Assert.Equal(("REGISTERED", "123456789012"), (await PulumiRun.ValueAsync(registration.Status), await PulumiRun.ValueAsync(registration.OwnerAccountId)));
        Assert.Null(await PulumiRun.ValueAsync(registration.FailureMessage));
        var settings = (await PulumiRun.ValueAsync(registration.Settings))!;
        Assert.Equal(["subnet-0123456789abcdef0", "subnet-0fedcba9876543210"], settings.Subnets.ToArray());
        Assert.Equal("sg-0123456789abcdef0", settings.SecurityGroupId);
        Assert.Equal("VISUAL_STUDIO_ENTERPRISE", await PulumiRun.ValueAsync(registration.Product));
        Assert.Equal("d-1234567890:VISUAL_STUDIO_ENTERPRISE", await PulumiRun.ValueAsync(registration.Id));
    }

    [Theory]
    [InlineData(typeof(IdentityProviderConfig), SdkMocks.OidcToken)]
    [InlineData(typeof(UserAssociation), SdkMocks.UserToken)]
    [InlineData(typeof(ProductSubscription), SdkMocks.SubscriptionToken)]
    [InlineData(typeof(IdentityProviderRegistration), SdkMocks.RegistrationToken)]
    public void ResourceClass_HasAnOutputForEverySchemaProperty_AndItsToken(Type resource, string token)
    {
        // Declared on the class itself: Id and Urn come from CustomResource.
        var declared = resource.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly);
        var outputs = declared.Select(p => p.GetCustomAttribute<OutputAttribute>()?.Name).OfType<string>().Order(StringComparer.Ordinal);
        Assert.Equal(Repo.Names(Repo.Resource(token), "properties").Order(StringComparer.Ordinal), outputs);
        var attribute = resource.GetCustomAttribute<ResourceTypeAttribute>()!;
        Assert.Equal((token, Repo.Schema.GetProperty("version").GetString()), (attribute.Type, attribute.Version));
        // Required outputs are non-nullable, optional ones nullable (Output<string?>, Output<ImmutableDictionary<…>?>).
        var required = Repo.Names(Repo.Resource(token), "required").ToHashSet();
        foreach (var p in declared.Where(p => p.GetCustomAttribute<OutputAttribute>() is not null))
        {
            var name = p.GetCustomAttribute<OutputAttribute>()!.Name!;
            var nullable = new NullabilityInfoContext().Create(p).GenericTypeArguments[0].ReadState == NullabilityState.Nullable;
            Assert.True(nullable != required.Contains(name), $"{token} output {name}: nullable={nullable}, required={required.Contains(name)}");
        }
    }
}
