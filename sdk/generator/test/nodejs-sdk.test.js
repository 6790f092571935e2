'use strict';
// The generated TypeScript SDK (compiled by tsc into sdk/nodejs/bin) under Pulumi's mock runtime: a program with
// a provider and both resources registers the schema's type tokens and inputs, keeps secrets secret, and reads
// back the outputs the engine reports.
const { describe, test, before } = require('node:test');
const assert = require('node:assert/strict');
const pulumi = require('@pulumi/pulumi');
const { specialSigKey, specialSecretSig } = require('@pulumi/pulumi/runtime/rpc');
const schema = require('../../schema.json');

const registered = [];
pulumi.runtime.setMocks({
  newResource(args) {
    registered.push(args);
    const plain = unwrap(args.inputs);
    if (args.id) return { id: args.id, state: { arn: 'arn:aws:eks:us-east-1:123456789012:identityproviderconfig/imported', status: 'ACTIVE' } };
    switch (args.type) {
      case 'awsidentity:eks:IdentityProviderConfig':
        return {
          id: `${plain.clusterName}:${plain.oidc.identityProviderConfigName}`,
          state: { ...args.inputs, arn: `arn:aws:eks:us-east-1:123456789012:identityproviderconfig/${plain.clusterName}/oidc/${plain.oidc.identityProviderConfigName}/1`, status: 'ACTIVE', tagsAll: { team: 'platform', ...plain.tags } },
        };
      case 'awsidentity:licensemanager:UserAssociation':
        return {
          id: `${plain.instanceId}:${plain.identityProvider.activeDirectoryIdentityProvider.directoryId}:${plain.username}`,
          state: { ...args.inputs, instanceUserArn: `arn:aws:license-manager-user-subscriptions:us-east-1:123456789012:instance-user/${plain.username}`, status: 'ASSOCIATED', tagsAll: { ...plain.tags } },
        };
      default:
        return { id: args.name === 'default' ? undefined : `${args.name}-id`, state: args.inputs };
    }
  },
  call: () => ({}),
}, 'sdk-test', 'dev', false);

const awsidentity = require('@awsidentity/pulumi');

/** Removes secret wrappers (mock inputs carry secrets as signature objects). */
function unwrap(v) {
  if (Array.isArray(v)) return v.map(unwrap);
  if (v && typeof v === 'object') {
    if (v[specialSigKey] === specialSecretSig) return unwrap(v.value);
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, unwrap(x)]));
  }
  return v;
}
const isSecretValue = (v) => v && typeof v === 'object' && v[specialSigKey] === specialSecretSig;
const valueOf = (output) => new Promise((resolve) => output.apply(resolve));
const inputsOf = (type) => registered.filter((r) => r.type === type && !r.id);
const named = (name) => registered.find((r) => r.name === name);

describe('nodejs SDK under mocks', () => {
  let provider;
  let oidc;
  let alice;
  let bob;

  before(async () => {
    provider = new awsidentity.Provider('emulator', {
      region: 'us-east-1',
      accessKey: 'test',
      secretKey: 'test',
      endpoints: { eks: 'http://127.0.0.1:4566', licenseManagerUserSubscriptions: 'http://127.0.0.1:4566' },
      maxRetries: 5,
      defaultTags: { tags: { team: 'platform' } },
      skipCredentialsValidation: true,
    });
    oidc = new awsidentity.eks.IdentityProviderConfig('oidc', {
      clusterName: 'demo',
      oidc: {
        identityProviderConfigName: 'corp-sso',
        issuerUrl: 'https://sso.example.com',
        clientId: 'kubernetes',
        groupsClaim: 'groups',
        groupsPrefix: 'oidc:',
        requiredClaims: { hd: 'example.com' },
      },
      tags: { env: 'dev' },
    }, { provider });
    const identityProvider = {
      activeDirectoryIdentityProvider: {
        directoryId: 'd-1234567890',
        activeDirectoryType: 'SELF_MANAGED',
        activeDirectorySettings: {
          domainName: 'corp.example.com',
          domainIpv4List: ['10.0.0.10', '10.0.0.11'],
          domainCredentialsProvider: { secretsManagerCredentialsProvider: { secretId: pulumi.secret('arn:aws:secretsmanager:us-east-1:123456789012:secret:ad-join') } },
          domainNetworkSettings: { subnets: ['subnet-0123456789abcdef0'] },
        },
      },
    };
    alice = new awsidentity.licensemanager.UserAssociation('alice', {
      username: 'alice', instanceId: 'i-0123456789abcdef0', identityProvider, domain: 'corp.example.com', tags: { owner: 'alice@example.com' },
    }, { provider });
    bob = new awsidentity.licensemanager.UserAssociation('bob', {
      username: pulumi.secret('bob'), instanceId: 'i-0123456789abcdef0', identityProvider,
    }, { provider });
    await Promise.all([valueOf(oidc.id), valueOf(alice.id), valueOf(bob.id)]);
  });

  test('registers the schema type tokens', () => {
    const types = registered.map((r) => r.type).sort();
    assert.deepEqual(types, [
      'awsidentity:eks:IdentityProviderConfig',
      'awsidentity:licensemanager:UserAssociation',
      'awsidentity:licensemanager:UserAssociation',
      'pulumi:providers:awsidentity',
    ]);
    for (const r of registered.filter((x) => !x.type.startsWith('pulumi:providers:'))) {
      assert.ok(schema.resources[r.type], `${r.type} is a schema resource`);
    }
    assert.equal(awsidentity.eks.IdentityProviderConfig.isInstance(oidc), true);
    assert.equal(awsidentity.licensemanager.UserAssociation.isInstance(oidc), false);
    assert.equal(awsidentity.Provider.isInstance(provider), true);
  });

  test('sends nested objects and maps as the schema names them', () => {
    const [eks] = inputsOf('awsidentity:eks:IdentityProviderConfig');
    assert.deepEqual(eks.inputs, {
      clusterName: 'demo',
      oidc: {
        identityProviderConfigName: 'corp-sso', issuerUrl: 'https://sso.example.com', clientId: 'kubernetes',
        groupsClaim: 'groups', groupsPrefix: 'oidc:', requiredClaims: { hd: 'example.com' },
      },
      tags: { env: 'dev' },
    });
    const spec = schema.resources['awsidentity:eks:IdentityProviderConfig'];
    for (const key of Object.keys(eks.inputs)) assert.ok(spec.inputProperties[key], `input ${key} is in the schema`);
    const oidcType = schema.types['awsidentity:eks:OidcIdentityProviderConfig'];
    for (const key of Object.keys(eks.inputs.oidc)) assert.ok(oidcType.properties[key], `oidc.${key} is in the schema`);
  });

  test('keeps secrets secret inside nested inputs and at the top level', () => {
    const a = named('alice');
    const b = named('bob');
    assert.ok(isSecretValue(a.inputs.identityProvider), 'a nested secret makes the property holding it secret');
    assert.deepEqual(unwrap(a.inputs).identityProvider.activeDirectoryIdentityProvider.activeDirectorySettings.domainCredentialsProvider,
      { secretsManagerCredentialsProvider: { secretId: 'arn:aws:secretsmanager:us-east-1:123456789012:secret:ad-join' } });
    assert.equal(a.inputs.domain, 'corp.example.com');
    assert.ok(isSecretValue(b.inputs.username), 'a secret username stays a secret');
    assert.equal(unwrap(b.inputs.username), 'bob');
  });

  test('fails fast on a missing required input', () => {
    assert.throws(() => new awsidentity.eks.IdentityProviderConfig('broken', { clusterName: 'demo' }), /Missing required property 'oidc'/);
    assert.throws(() => new awsidentity.licensemanager.UserAssociation('broken', { username: 'x', instanceId: 'i-0123456789abcdef0' }),
      /Missing required property 'identityProvider'/);
  });

  test('reads back outputs the engine reports', async () => {
    assert.equal(await valueOf(oidc.id), 'demo:corp-sso');
    assert.equal(await valueOf(oidc.status), 'ACTIVE');
    assert.match(await valueOf(oidc.arn), /^arn:aws:eks:.*identityproviderconfig\/demo\/oidc\/corp-sso\//);
    assert.deepEqual(await valueOf(oidc.tagsAll), { team: 'platform', env: 'dev' });
    assert.equal(await valueOf(oidc.oidc.apply((o) => o.groupsClaim)), 'groups');
    assert.equal(await valueOf(alice.status), 'ASSOCIATED');
    assert.equal(await valueOf(alice.id), 'i-0123456789abcdef0:d-1234567890:alice');
    assert.equal(await valueOf(alice.identityProvider.apply((p) => p.activeDirectoryIdentityProvider?.activeDirectorySettings?.domainName)), 'corp.example.com');
    assert.equal(await pulumi.isSecret(bob.username), true, 'secretness of an input carries over to its output');
    assert.equal(await pulumi.isSecret(alice.status), false);
  });

  test('the provider sends secrets as secrets and structured settings as JSON text', () => {
    const [p] = inputsOf('pulumi:providers:awsidentity');
    for (const key of ['accessKey', 'secretKey']) assert.ok(isSecretValue(p.inputs[key]), `${key} is secret`);
    assert.equal(p.inputs.region, 'us-east-1');
    assert.deepEqual(JSON.parse(p.inputs.endpoints), { eks: 'http://127.0.0.1:4566', licenseManagerUserSubscriptions: 'http://127.0.0.1:4566' });
    assert.equal(p.inputs.maxRetries, '5');
    assert.equal(p.inputs.skipCredentialsValidation, 'true');
    assert.deepEqual(JSON.parse(p.inputs.defaultTags), { tags: { team: 'platform' } });
    assert.equal(provider.__version, schema.version, 'the SDK asks for the plugin version of its schema');
    assert.equal(oidc.__version, schema.version);
  });

  test('get() reads an existing resource by its import id', async () => {
    const got = awsidentity.eks.IdentityProviderConfig.get('imported', 'demo:corp-sso', { provider });
    assert.ok(got instanceof awsidentity.eks.IdentityProviderConfig);
    await valueOf(got.urn);
    const read = named('imported');
    assert.equal(read.id, 'demo:corp-sso');
    assert.equal(read.type, 'awsidentity:eks:IdentityProviderConfig');
    assert.equal(await valueOf(got.status), 'ACTIVE');
  });
});

