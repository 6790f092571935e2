// An EKS cluster whose API server trusts the company's OIDC issuer, and License Manager user associations for
// the people who use a licensed EC2 instance. Settings come from stack config (see README.md).
import * as pulumi from "@pulumi/pulumi";
import * as aws from "@pulumi/aws";
import * as awsidentity from "@awsidentity/pulumi";

const config = new pulumi.Config();
const subnetIds = config.requireObject<string[]>("subnetIds");
const issuerUrl = config.require("issuerUrl");
const clientId = config.get("clientId") ?? "kubernetes";
const instanceId = config.require("instanceId");
const directoryId = config.require("directoryId");
const domain = config.get("domain");
const users = config.getObject<string[]>("users") ?? ["alice", "bob"];
const owner = config.require("owner");

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

const associations = users.map((username) => new awsidentity.licensemanager.UserAssociation(`user-${username}`, {
    username,
    instanceId,
    identityProvider: {
        activeDirectoryIdentityProvider: { directoryId, activeDirectoryType: "AWS_MANAGED" },
    },
    domain,
    tags: { owner },
}));

export const clusterName = cluster.name;
export const oidcConfigArn = sso.arn;
export const oidcStatus = sso.status;
export const instanceUserArns = associations.map((a) => a.instanceUserArn);
