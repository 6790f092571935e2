// License Manager user-based subscriptions for the people who use a licensed EC2 instance, in the order AWS asks for
// (AWS License Manager user guide, "Get started with user-based subscriptions"): register the directory for the
// product, subscribe each user, associate each user with the instance; destroy runs backwards. Each step takes the
// directory and product from the outputs of the step before, so Pulumi orders them with no DependsOn.
using System.Collections.Immutable;
using System.Linq;
using Pulumi;
using AwsIdentity.Pulumi.LicenseManager;
using AwsIdentity.Pulumi.LicenseManager.Inputs;

namespace Example;

public static class Subscriptions
{
    public sealed record Outputs(Output<string> RegistrationArn, Output<ImmutableArray<string>> ProductUserArns, Output<ImmutableArray<string>> InstanceUserArns);

    public static Outputs Define(Config config, string owner)
    {
        var instanceId = config.Require("instanceId");
        var directoryId = config.Require("directoryId");
        var product = config.Get("product") ?? "VISUAL_STUDIO_ENTERPRISE";
        var domain = config.Get("domain");
        var users = config.GetObject<string[]>("users") ?? new[] { "alice", "bob" };

        var registration = new IdentityProviderRegistration("directory", new IdentityProviderRegistrationArgs
        {
            IdentityProvider = new IdentityProviderArgs
            {
                ActiveDirectoryIdentityProvider = new ActiveDirectoryIdentityProviderArgs { DirectoryId = directoryId, ActiveDirectoryType = "AWS_MANAGED" },
            },
            Product = product,
            Tags = { { "owner", owner } },
        });

        var pairs = users.Select(username =>
        {
            // Replacing a subscription stops it and starts a new one, which AWS bills (README "ProductSubscription").
            var subscriptionArgs = new ProductSubscriptionArgs
            {
                Username = username,
                IdentityProvider = registration.IdentityProvider.Apply(ToArgs),
                Product = registration.Product,
                Tags = { { "owner", owner } },
            };
            if (domain is not null) subscriptionArgs.Domain = domain;
            var subscription = new ProductSubscription($"subscription-{username}", subscriptionArgs);
            var associationArgs = new UserAssociationArgs
            {
                Username = subscription.Username,
                InstanceId = instanceId,
                IdentityProvider = subscription.IdentityProvider.Apply(ToArgs),
                Tags = { { "owner", owner } },
            };
            if (domain is not null) associationArgs.Domain = domain;
            return (subscription, association: new UserAssociation($"user-{username}", associationArgs));
        }).ToList();

        return new Outputs(registration.IdentityProviderArn,
            Output.All(pairs.Select(p => p.subscription.ProductUserArn)),
            Output.All(pairs.Select(p => p.association.InstanceUserArn)));
    }

    /// <summary>An identityProvider output as the next resource's input (the SDK's output and input types differ); an
    /// AWS managed directory needs no activeDirectorySettings.</summary>
    private static IdentityProviderArgs ToArgs(AwsIdentity.Pulumi.LicenseManager.Outputs.IdentityProvider output)
    {
        var ad = output.ActiveDirectoryIdentityProvider;
        var args = new ActiveDirectoryIdentityProviderArgs { DirectoryId = ad.DirectoryId };
        if (ad.ActiveDirectoryType is { } type) args.ActiveDirectoryType = type;
        if (ad.IsSharedActiveDirectory is { } shared) args.IsSharedActiveDirectory = shared;
        return new IdentityProviderArgs { ActiveDirectoryIdentityProvider = args };
    }
}
