// An EKS cluster whose API server trusts the company's OIDC issuer, and License Manager user-based subscriptions
// for the people who use a licensed EC2 instance: the stack registers the directory for the product, subscribes
// each user and associates them with the instance. Settings come from stack config (see README.md).
import * as pulumi from "@pulumi/pulumi";
import * as aws from "@pulumi/aws";
import * as awsidentity from "@awsidentity/pulumi";
import { fromConfig, withAws } from "./directory";

const config = new pulumi.Config();
const subnetIds = config.requireObject<string[]>("subnetIds");
const issuerUrl = config.require("issuerUrl");
const clientId = config.get("clientId") ?? "kubernetes";
const domain = config.get("domain");
const product = config.get("product") ?? "VISUAL_STUDIO_ENTERPRISE";
const users = config.getObject<string[]>("users") ?? ["alice", "bob"];
const owner = config.require("owner");
const { directoryId, instanceId, endpointSecurityGroupId } = config.getBoolean("createDirectory")
    ? withAws(config, subnetIds, domain ?? "corp.example.com", owner)
    : fromConfig(config);

const clusterRole = new aws.iam.Role("cluster", {
    assumeRolePolicy: JSON.stringify({
        Version: "2012-10-17",
        Statement: [{ Effect: "Allow", Principal: { Service: "eks.amazonaws.com" }, Action: ["sts:AssumeRole", "sts:TagSession"] }],
    }),
});
const clusterPolicy = new aws.iam.RolePolicyAttachment("cluster", {
    role: clusterRole.name,
    policyArn: "arn:aws:iam::aws:policy/AmazonEKSClusterPolicy",
});

const cluster = new aws.eks.Cluster("cluster", {
    roleArn: clusterRole.arn,
    vpcConfig: { subnetIds },
    accessConfig: { authenticationMode: "API_AND_CONFIG_MAP" },
    tags: { owner },
}, { dependsOn: [clusterPolicy] });

// One OIDC provider per cluster: changing any oidc setting replaces it, deleting the old one first.
const sso = new awsidentity.eks.IdentityProviderConfig("corp-sso", {
    clusterName: cluster.name,
    oidc: {
        identityProviderConfigName: "corp-sso",
        issuerUrl,
        clientId,
        usernameClaim: "email",
        usernamePrefix: "oidc:",
        groupsClaim: "groups",
        groupsPrefix: "oidc:",
        requiredClaims: { aud: clientId },
    },
    tags: { owner },
}, { customTimeouts: { create: "45m", delete: "45m" } });

// AWS's order (AWS License Manager user guide, "Get started with user-based subscriptions"): register the directory
// for the product, subscribe the user, associate the user with the instance; destroy runs backwards. Each step
// takes its directory (and product) from the outputs of the one before, so Pulumi orders them without dependsOn.
const registration = new awsidentity.licensemanager.IdentityProviderRegistration("directory", {
    identityProvider: { activeDirectoryIdentityProvider: { directoryId, activeDirectoryType: "AWS_MANAGED" } },
    product,
    settings: endpointSecurityGroupId === undefined ? undefined : { subnets: subnetIds, securityGroupId: endpointSecurityGroupId },
    tags: { owner },
});

// Replacing a subscription stops it and starts a new one, which AWS bills (README "ProductSubscription").
const subscriptions = users.map((username) => new awsidentity.licensemanager.ProductSubscription(`subscription-${username}`, {
    username,
    identityProvider: registration.identityProvider,
    product: registration.product,
    domain,
    tags: { owner },
}));

const associations = subscriptions.map((subscription, i) => new awsidentity.licensemanager.UserAssociation(`user-${users[i]}`, {
    username: subscription.username,
    instanceId,
    identityProvider: subscription.identityProvider,
    domain,
    tags: { owner },
}));

export const clusterName = cluster.name;
export const oidcConfigArn = sso.arn;
export const oidcStatus = sso.status;
export const registrationArn = registration.identityProviderArn;
export const productUserArns = subscriptions.map((s) => s.productUserArn);
export const instanceUserArns = associations.map((a) => a.instanceUserArn);
