// The variant that makes the directory and the licensed instance with @pulumi/aws too (config `createDirectory:
// true`), instead of taking their ids from stack config. AWS's requirements for them, from the AWS License Manager
// user guide ("Get started with user-based subscriptions"): an AWS
// Managed Microsoft AD in the instances' VPC, and an instance launched from a License Manager user-based
// subscription AMI of the subscribed product, in a subnet the directory reaches.
import * as pulumi from "@pulumi/pulumi";
import * as aws from "@pulumi/aws";

export interface DirectoryAndInstance {
    directoryId: pulumi.Input<string>;
    instanceId: pulumi.Input<string>;
    /** The security group of the VPC endpoints License Manager creates; without one, AWS picks the settings. */
    endpointSecurityGroupId?: pulumi.Input<string>;
}

/** Stack config's ids: the directory and the instance exist already (the tested default). */
export function fromConfig(config: pulumi.Config): DirectoryAndInstance {
    return {
        directoryId: config.require("directoryId"),
        instanceId: config.require("instanceId"),
        endpointSecurityGroupId: config.get("endpointSecurityGroupId"),
    };
}

/** A new AWS Managed Microsoft AD and a licensed EC2 instance beside it, in the stack's subnets. */
export function withAws(config: pulumi.Config, subnetIds: string[], domain: string, owner: string): DirectoryAndInstance {
    const directory = new aws.directoryservice.Directory("corp", {
        name: domain,
        password: config.requireSecret("directoryPassword"),
        type: "MicrosoftAD",
        edition: "Standard",
        vpcSettings: { vpcId: config.require("vpcId"), subnetIds: subnetIds.slice(0, 2) },
        tags: { owner },
    });
    const instance = new aws.ec2.Instance("licensed", {
        ami: config.require("licensedAmi"), // a user-based subscription AMI of the product (see README)
        instanceType: config.get("instanceType") ?? "m5.large",
        subnetId: subnetIds[0],
        tags: { owner },
    });
    // The registration's settings name a security group that lets the VPC reach License Manager's endpoints on TCP 1688
    // (botocore license-manager-user-subscriptions-2018-05-10 service-2.json, Settings.SecurityGroupId).
    const endpoints = new aws.ec2.SecurityGroup("lmus-endpoints", {
        vpcId: config.require("vpcId"),
        ingress: [{ protocol: "tcp", fromPort: 1688, toPort: 1688, cidrBlocks: [config.get("vpcCidr") ?? "10.0.0.0/16"] }],
        tags: { owner },
    });
    return { directoryId: directory.id, instanceId: instance.id, endpointSecurityGroupId: endpoints.id };
}
