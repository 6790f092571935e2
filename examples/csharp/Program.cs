// An EKS cluster whose API server trusts the company's OIDC issuer, and License Manager user associations for
// the people who use a licensed EC2 instance. Settings come from stack config (see README.md).
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using Pulumi;
using AwsIdentity.Pulumi.Eks;
using AwsIdentity.Pulumi.Eks.Inputs;
using AwsIdentity.Pulumi.LicenseManager;
using AwsIdentity.Pulumi.LicenseManager.Inputs;
using Aws = Pulumi.Aws;

return await Deployment.RunAsync(() =>
{
    var config = new Config();
    var subnetIds = config.RequireObject<string[]>("subnetIds");
    var issuerUrl = config.Require("issuerUrl");
    var clientId = config.Get("clientId") ?? "kubernetes";
    var instanceId = config.Require("instanceId");
    var directoryId = config.Require("directoryId");
    var domain = config.Get("domain");
    var users = config.GetObject<string[]>("users") ?? new[] { "alice", "bob" };
    var owner = config.Require("owner");

    var clusterRole = new Aws.Iam.Role("cluster", new Aws.Iam.RoleArgs
    {
        AssumeRolePolicy = JsonSerializer.Serialize(new Dictionary<string, object>
        {
            ["Version"] = "2012-10-17",
            ["Statement"] = new[]
            {
                new Dictionary<string, object>
                {
                    ["Effect"] = "Allow",
                    ["Principal"] = new Dictionary<string, string> { ["Service"] = "eks.amazonaws.com" },
                    ["Action"] = new[] { "sts:AssumeRole", "sts:TagSession" },
                },
            },
        }),
    });
    var clusterPolicy = new Aws.Iam.RolePolicyAttachment("cluster", new Aws.Iam.RolePolicyAttachmentArgs
    {
        Role = clusterRole.Name,
        PolicyArn = "arn:aws:iam::aws:policy/AmazonEKSClusterPolicy",
    });

    var cluster = new Aws.Eks.Cluster("cluster", new Aws.Eks.ClusterArgs
    {
        RoleArn = clusterRole.Arn,
        VpcConfig = new Aws.Eks.Inputs.ClusterVpcConfigArgs { SubnetIds = subnetIds },
        AccessConfig = new Aws.Eks.Inputs.ClusterAccessConfigArgs { AuthenticationMode = "API_AND_CONFIG_MAP" },
        Tags = { { "owner", owner } },
    }, new CustomResourceOptions { DependsOn = { clusterPolicy } });

    // One OIDC provider per cluster: changing any oidc setting replaces it, deleting the old one first.
    var sso = new IdentityProviderConfig("corp-sso", new IdentityProviderConfigArgs
    {
        ClusterName = cluster.Name,
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
        CustomTimeouts = new CustomTimeouts { Create = System.TimeSpan.FromMinutes(45), Delete = System.TimeSpan.FromMinutes(45) },
    });

    var associations = users.Select(username => new UserAssociation($"user-{username}", new UserAssociationArgs
    {
        Username = username,
        InstanceId = instanceId,
        IdentityProvider = new IdentityProviderArgs
        {
            ActiveDirectoryIdentityProvider = new ActiveDirectoryIdentityProviderArgs
            {
                DirectoryId = directoryId,
                ActiveDirectoryType = "AWS_MANAGED",
            },
        },
        Domain = domain,
        Tags = { { "owner", owner } },
    })).ToList();

    return new Dictionary<string, object?>
    {
        ["clusterName"] = cluster.Name,
        ["oidcConfigArn"] = sso.Arn,
        ["oidcStatus"] = sso.Status,
        ["instanceUserArns"] = Output.All(associations.Select(a => a.InstanceUserArn)),
    };
});
