'use strict';
// The compiled example program (bin/index.js) under Pulumi's mock runtime: it declares the EKS cluster and both
// awsidentity resources with inputs that fit the package schema, wires the cluster name through, and exports
// the outputs the provider reports.
const { describe, test, before } = require('node:test');
const assert = require('node:assert/strict');
const path = require('node:path');
const pulumi = require('@pulumi/pulumi');
const schema = require('../../../sdk/schema.json');
const { checkResource } = require('../../../sdk/generator/lib/schema-check');

const registered = [];
pulumi.runtime.setMocks({
  newResource(args) {
    registered.push(args);
    const state = { ...args.inputs };
    if (args.type === 'aws:eks/cluster:Cluster') state.name = `${args.name}-1234567`;
    if (args.type === 'aws:iam/role:Role') state.arn = `arn:aws:iam::123456789012:role/${args.name}`;
    if (args.type === 'awsidentity:eks:IdentityProviderConfig') Object.assign(state, { arn: 'arn:aws:eks:us-east-1:123456789012:identityproviderconfig/x', status: 'ACTIVE', tagsAll: args.inputs.tags });
    if (args.type === 'awsidentity:licensemanager:UserAssociation') Object.assign(state, { instanceUserArn: `arn:aws:license-manager-user-subscriptions:::instance-user/${args.inputs.username}`, status: 'ASSOCIATED', tagsAll: args.inputs.tags });
    return { id: `${args.name}-id`, state };
  },
  call: () => ({}),
}, 'awsidentity-example-typescript', 'dev', false);

const config = {
  subnetIds: JSON.stringify(['subnet-0123456789abcdef0', 'subnet-0fedcba9876543210']),
  issuerUrl: 'https://sso.example.com',
  instanceId: 'i-0123456789abcdef0',
  directoryId: 'd-1234567890',
  domain: 'corp.example.com',
  users: JSON.stringify(['alice', 'bob']),
  owner: 'platform-team@example.com',
};
for (const [k, v] of Object.entries(config)) pulumi.runtime.setConfig(`awsidentity-example-typescript:${k}`, v);

const valueOf = (output) => new Promise((resolve) => output.apply(resolve));

describe('examples/typescript under mocks', () => {
  let program;
  before(async () => {
    program = require(path.join(__dirname, '..', 'bin', 'index.js'));
    await Promise.all(program.instanceUserArns.map(valueOf));
    await valueOf(program.oidcStatus);
  });

  test('declares the cluster, one OIDC config and a user association per user', () => {
    const count = (type) => registered.filter((r) => r.type === type).length;
    assert.equal(count('aws:eks/cluster:Cluster'), 1);
    assert.equal(count('awsidentity:eks:IdentityProviderConfig'), 1);
    assert.equal(count('awsidentity:licensemanager:UserAssociation'), 2);
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
    assert.deepEqual(await Promise.all(program.instanceUserArns.map(valueOf)), [
      'arn:aws:license-manager-user-subscriptions:::instance-user/alice',
      'arn:aws:license-manager-user-subscriptions:::instance-user/bob',
    ]);
  });
});
