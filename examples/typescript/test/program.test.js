'use strict';
// The compiled example program (bin/index.js) under Pulumi's mock runtime, with the directory and instance from
// stack config: it declares the EKS cluster and every awsidentity resource with inputs that fit the package schema,
// wires the cluster name and the registration → subscription → association chain through outputs, and exports the
// outputs the provider reports. directory.test.js runs the @pulumi/aws variant.
const { describe, test, before } = require('node:test');
const assert = require('node:assert/strict');
const path = require('node:path');
const pulumi = require('@pulumi/pulumi');
const schema = require('../../../sdk/schema.json');
const { checkResource } = require('../../../sdk/generator/lib/schema-check');

const { registered, mocks } = require('../mocks');
pulumi.runtime.setMocks(mocks, 'awsidentity-example-typescript', 'dev', false);

const config = {
  subnetIds: JSON.stringify(['subnet-0123456789abcdef0', 'subnet-0fedcba9876543210']),
  issuerUrl: 'https://sso.example.com',
  instanceId: 'i-0123456789abcdef0',
  directoryId: 'd-1234567890',
  endpointSecurityGroupId: 'sg-0123456789abcdef0',
  domain: 'corp.example.com',
  users: JSON.stringify(['alice', 'bob']),
  owner: 'platform-team@example.com',
};
for (const [k, v] of Object.entries(config)) pulumi.runtime.setConfig(`awsidentity-example-typescript:${k}`, v);

const { valueOf, policyViolations, REGISTRATION, SUBSCRIPTION, ASSOCIATION } = require('../mocks');

describe('examples/typescript under mocks', () => {
  let program;
  before(async () => {
    program = require(path.join(__dirname, '..', 'bin', 'index.js'));
    await Promise.all(program.instanceUserArns.map(valueOf));
    await valueOf(program.oidcStatus);
  });

  test('declares the cluster, one OIDC config, one registration, and a subscription and an association per user', () => {
    const count = (type) => registered.filter((r) => r.type === type).length;
    assert.equal(count('aws:eks/cluster:Cluster'), 1);
    assert.equal(count('awsidentity:eks:IdentityProviderConfig'), 1);
    assert.equal(count(REGISTRATION), 1);
    assert.equal(count(SUBSCRIPTION), 2);
    assert.equal(count(ASSOCIATION), 2);
    assert.equal(count('aws:directoryservice/directory:Directory'), 0, 'the directory comes from config');
  });

  test("AWS's order through outputs: each user's subscription after the registration, the association after it", () => {
    const at = (type, name) => registered.findIndex((r) => r.type === type && (name === undefined || r.inputs.username === name));
    for (const user of ['alice', 'bob']) {
      assert.ok(at(REGISTRATION) < at(SUBSCRIPTION, user), `${user}: subscription registered before the registration`);
      assert.ok(at(SUBSCRIPTION, user) < at(ASSOCIATION, user), `${user}: association registered before the subscription`);
    }
    const registration = registered.find((r) => r.type === REGISTRATION);
    assert.deepEqual(registration.inputs.identityProvider, { activeDirectoryIdentityProvider: { directoryId: 'd-1234567890', activeDirectoryType: 'AWS_MANAGED' } });
    assert.equal(registration.inputs.product, 'VISUAL_STUDIO_ENTERPRISE');
    assert.deepEqual(registration.inputs.settings, { subnets: ['subnet-0123456789abcdef0', 'subnet-0fedcba9876543210'], securityGroupId: 'sg-0123456789abcdef0' });
    for (const s of registered.filter((r) => r.type === SUBSCRIPTION)) {
      assert.deepEqual(s.inputs.identityProvider, registration.inputs.identityProvider);
      assert.equal(s.inputs.product, registration.inputs.product);
      assert.equal(s.inputs.domain, 'corp.example.com');
    }
    for (const a of registered.filter((r) => r.type === ASSOCIATION)) {
      assert.deepEqual(a.inputs.identityProvider, registration.inputs.identityProvider);
      assert.equal(a.inputs.instanceId, 'i-0123456789abcdef0');
    }
  });

  test('the stack passes the policy pack, stack policies included', () => {
    const { policies } = require('../../policy/bin/policies');
    const { stackPolicies } = require('../../policy/bin/stackPolicies');
    assert.deepEqual(policyViolations(registered, policies, stackPolicies), []);
  });

  test('every awsidentity resource fits the schema (tokens, property names, required inputs)', () => {
    const ours = registered.filter((r) => r.type.startsWith('awsidentity:'));
    assert.ok(ours.length >= 3);
    for (const r of ours) assert.deepEqual(checkResource(schema, r.type, r.inputs, `${r.type} ${r.name}`), []);
  });

  test('the OIDC config targets the cluster the program creates', () => {
    const oidc = registered.find((r) => r.type === 'awsidentity:eks:IdentityProviderConfig');
    assert.equal(oidc.inputs.clusterName, 'cluster-1234567');
    assert.equal(oidc.inputs.oidc.issuerUrl, 'https://sso.example.com');
    assert.equal(oidc.inputs.oidc.groupsClaim, 'groups');
  });

  test('exports what the provider reports', async () => {
    assert.equal(await valueOf(program.clusterName), 'cluster-1234567');
    assert.equal(await valueOf(program.oidcStatus), 'ACTIVE');
    assert.equal(await valueOf(program.registrationArn), 'arn:aws:license-manager-user-subscriptions:us-east-1:123456789012:identity-provider/d-1234567890');
    assert.deepEqual(await Promise.all(program.productUserArns.map(valueOf)), [
      'arn:aws:license-manager-user-subscriptions:::product-user/alice',
      'arn:aws:license-manager-user-subscriptions:::product-user/bob',
    ]);
    assert.deepEqual(await Promise.all(program.instanceUserArns.map(valueOf)), [
      'arn:aws:license-manager-user-subscriptions:::instance-user/alice',
      'arn:aws:license-manager-user-subscriptions:::instance-user/bob',
    ]);
  });
});
