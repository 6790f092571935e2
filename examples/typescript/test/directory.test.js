'use strict';
// The example's @pulumi/aws variant (config createDirectory: true) under Pulumi's mock runtime: it declares the
// AWS Managed Microsoft AD and the licensed instance, and the registration and associations take their ids from
// those resources' outputs.
const { describe, test, before } = require('node:test');
const assert = require('node:assert/strict');
const path = require('node:path');
const pulumi = require('@pulumi/pulumi');
const { registered, mocks, valueOf, REGISTRATION, SUBSCRIPTION, ASSOCIATION } = require('../mocks');

pulumi.runtime.setMocks(mocks, 'awsidentity-example-typescript', 'dev', false);
const config = {
  createDirectory: 'true',
  vpcId: 'vpc-0123456789abcdef0',
  directoryPassword: 'Example-Passw0rd',
  licensedAmi: 'ami-0123456789abcdef0',
  subnetIds: JSON.stringify(['subnet-0123456789abcdef0', 'subnet-0fedcba9876543210']),
  issuerUrl: 'https://sso.example.com',
  domain: 'corp.example.com',
  users: JSON.stringify(['alice']),
  owner: 'platform-team@example.com',
};
for (const [k, v] of Object.entries(config)) pulumi.runtime.setConfig(`awsidentity-example-typescript:${k}`, v);

describe('examples/typescript with createDirectory: the directory and instance from @pulumi/aws', () => {
  before(async () => {
    const program = require(path.join(__dirname, '..', 'bin', 'index.js'));
    await Promise.all(program.instanceUserArns.map(valueOf));
  });

  test('declares the directory and the instance, with no directoryId or instanceId config', () => {
    const directory = registered.filter((r) => r.type === 'aws:directoryservice/directory:Directory');
    const instance = registered.filter((r) => r.type === 'aws:ec2/instance:Instance');
    assert.equal(directory.length, 1);
    assert.equal(instance.length, 1);
    assert.deepEqual([directory[0].inputs.name, directory[0].inputs.type], ['corp.example.com', 'MicrosoftAD']);
    assert.equal(instance[0].inputs.ami, 'ami-0123456789abcdef0');
  });

  test("the registration names the new directory, the association the new instance, in AWS's order", () => {
    const registration = registered.find((r) => r.type === REGISTRATION);
    assert.equal(registration.inputs.identityProvider.activeDirectoryIdentityProvider.directoryId, 'corp-id');
    const at = (type) => registered.findIndex((r) => r.type === type);
    assert.ok(at('aws:directoryservice/directory:Directory') < at(REGISTRATION));
    assert.ok(at(REGISTRATION) < at(SUBSCRIPTION) && at(SUBSCRIPTION) < at(ASSOCIATION));
    assert.equal(registered.find((r) => r.type === ASSOCIATION).inputs.instanceId, 'licensed-id');
    const endpoints = registered.find((r) => r.type === 'aws:ec2/securityGroup:SecurityGroup');
    assert.deepEqual(endpoints.inputs.ingress.map((i) => [i.fromPort, i.toPort]), [[1688, 1688]]);
    assert.equal(registration.inputs.settings.securityGroupId, 'lmus-endpoints-id');
  });
});
