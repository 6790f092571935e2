// The OIDC identity provider of a shared EKS cluster and License Manager user-based subscriptions for the people who
// use a licensed EC2 instance (Subscriptions.cs: the registration, subscriptions and associations). The cluster
// belongs to a platform stack; this stack reads its name from that stack's `clusterName` output (README.md shows the
// Pulumi.Aws variant that creates the cluster here). Settings come from stack config.
using System;
using System.Collections.Generic;
using Pulumi;
using AwsIdentity.Pulumi.Eks;
using AwsIdentity.Pulumi.Eks.Inputs;

namespace Example;

public static class Identity
{
    public static IDictionary<string, object?> Define()
    {
        var config = new Config();
        var issuerUrl = config.Require("issuerUrl");
        var clientId = config.Get("clientId") ?? "kubernetes";
        var owner = config.Require("owner");

        // For example "acme/platform/prod": the stack that owns the cluster exports its name as `clusterName`.
        var platform = new StackReference("platform", new StackReferenceArgs { Name = config.Require("platformStack") });
        var clusterName = platform.RequireOutput("clusterName").Apply(name => (string)name);

        // One OIDC provider per cluster: changing any oidc setting replaces it, deleting the old one first.
        var sso = new IdentityProviderConfig("corp-sso", new IdentityProviderConfigArgs
        {
            ClusterName = clusterName,
            Oidc = new OidcIdentityProviderConfigArgs
            {
                IdentityProviderConfigName = "corp-sso",
                IssuerUrl = issuerUrl,
                ClientId = clientId,
                UsernameClaim = "email",
                UsernamePrefix = "oidc:",
                GroupsClaim = "groups",
                GroupsPrefix = "oidc:",
                RequiredClaims = { { "aud", clientId } },
            },
            Tags = { { "owner", owner } },
        }, new CustomResourceOptions
        {
            CustomTimeouts = new CustomTimeouts { Create = TimeSpan.FromMinutes(45), Delete = TimeSpan.FromMinutes(45) },
        });

        var licensing = Subscriptions.Define(config, owner);

        return new Dictionary<string, object?>
        {
            ["clusterName"] = clusterName,
            ["oidcConfigArn"] = sso.Arn,
            ["oidcStatus"] = sso.Status,
            ["registrationArn"] = licensing.RegistrationArn,
            ["productUserArns"] = licensing.ProductUserArns,
            ["instanceUserArns"] = licensing.InstanceUserArns,
        };
    }
}
