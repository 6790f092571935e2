'use strict';
// Each policy's validate function on passing, failing and preview (unknown) resources, called the way the
// CrossGuard analyzer calls it: props wrapped in @pulumi/policy's unknown-checking proxy.
const { describe, test } = require('node:test');
const assert = require('node:assert/strict');
const { unknownCheckingProxy } = require('@pulumi/policy');
const { unknownStringValue, unknownObjectValue } = require('@pulumi/policy/proxy');
const p = require('../bin/policies');

/** Runs a policy on one resource and returns the violations it reported. */
function run(policy, type, props, config = {}) {
  const violations = [];
  policy.validateResource({
    type,
    props: unknownCheckingProxy(props),
    urn: `urn:pulumi:dev::example::${type}::r`,
    name: 'r',
    opts: {},
    isType: () => false,
    asType: () => undefined,
    getConfig: () => config,
    notApplicable: () => { throw new Error('notApplicable'); },
  }, (message) => violations.push(message));
  return violations;
}

const oidc = (over = {}) => ({
  clusterName: 'demo',
  oidc: { identityProviderConfigName: 'corp-sso', issuerUrl: 'https://sso.example.com', clientId: 'kubernetes', groupsClaim: 'groups', groupsPrefix: 'oidc:', ...over },
});
const user = (over = {}, ad = {}) => ({
  username: 'alice',
  instanceId: 'i-0123456789abcdef0',
  identityProvider: { activeDirectoryIdentityProvider: { directoryId: 'd-1234567890', activeDirectoryType: 'AWS_MANAGED', ...ad } },
  tags: { owner: 'alice@example.com' },
  ...over,
});
const EKS = p.OIDC_TOKEN;
const LMUS = p.USER_ASSOCIATION_TOKEN;

describe('eks-oidc-trusted-issuer', () => {
  test('passes an allowed issuer and paths below it', () => {
    assert.deepEqual(run(p.trustedIssuer, EKS, oidc()), []);
    assert.deepEqual(run(p.trustedIssuer, EKS, oidc({ issuerUrl: 'https://login.microsoftonline.com/tenant-id/v2.0' })), []);
  });
  test('fails an issuer off the list, including look-alike hosts', () => {
    assert.equal(run(p.trustedIssuer, EKS, oidc({ issuerUrl: 'https://evil.example.net' })).length, 1);
    assert.equal(run(p.trustedIssuer, EKS, oidc({ issuerUrl: 'https://sso.example.com.evil.net' })).length, 1);
  });
  test('uses the allow-list from the pack config', () => {
    const config = { allowedIssuers: ['https://idp.corp.internal'] };
    assert.deepEqual(run(p.trustedIssuer, EKS, oidc({ issuerUrl: 'https://idp.corp.internal' }), config), []);
    assert.match(run(p.trustedIssuer, EKS, oidc(), config)[0], /not on the allow-list/);
  });
  test('skips an issuer not known during preview, and other resource types', () => {
    assert.deepEqual(run(p.trustedIssuer, EKS, oidc({ issuerUrl: unknownStringValue })), []);
    assert.deepEqual(run(p.trustedIssuer, EKS, { clusterName: unknownStringValue, oidc: unknownObjectValue }), []);
    assert.deepEqual(run(p.trustedIssuer, LMUS, user()), []);
  });
});

describe('eks-oidc-groups-claim', () => {
  test('passes with groupsClaim, also when it is not known yet', () => {
    assert.deepEqual(run(p.groupsClaimRequired, EKS, oidc()), []);
    assert.deepEqual(run(p.groupsClaimRequired, EKS, oidc({ groupsClaim: unknownStringValue })), []);
  });
  test('fails without groupsClaim, even while the cluster name is unknown', () => {
    const props = oidc();
    delete props.oidc.groupsClaim;
    props.clusterName = unknownStringValue;
    assert.match(run(p.groupsClaimRequired, EKS, props)[0], /groupsClaim is required/);
  });
});

describe('eks-oidc-groups-prefix', () => {
  test('passes a prefix that cannot reach system groups', () => {
    assert.deepEqual(run(p.safeGroupsPrefix, EKS, oidc()), []);
  });
  test('fails a missing, empty or system: prefix', () => {
    const props = oidc();
    delete props.oidc.groupsPrefix;
    assert.match(run(p.safeGroupsPrefix, EKS, props)[0], /groupsPrefix is required/);
    assert.equal(run(p.safeGroupsPrefix, EKS, oidc({ groupsPrefix: '' })).length, 1);
    assert.equal(run(p.safeGroupsPrefix, EKS, oidc({ groupsPrefix: 'system:oidc:' })).length, 1);
  });
  test('skips an unknown prefix', () => {
    assert.deepEqual(run(p.safeGroupsPrefix, EKS, oidc({ groupsPrefix: unknownStringValue })), []);
  });
});

describe('licensemanager-owner-tag', () => {
  test('passes an owner tag', () => {
    assert.deepEqual(run(p.ownerTag, LMUS, user()), []);
  });
  test('fails without tags, without owner, or with an empty owner', () => {
    const noTags = user();
    delete noTags.tags;
    assert.match(run(p.ownerTag, LMUS, noTags)[0], /tags.owner is required/);
    assert.match(run(p.ownerTag, LMUS, user({ tags: { team: 'x' } }))[0], /tags.owner is required/);
    assert.match(run(p.ownerTag, LMUS, user({ tags: { owner: ' ' } }))[0], /must not be empty/);
  });
  test('skips tags or an owner not known during preview', () => {
    assert.deepEqual(run(p.ownerTag, LMUS, user({ tags: unknownObjectValue })), []);
    assert.deepEqual(run(p.ownerTag, LMUS, user({ tags: { owner: unknownStringValue } })), []);
  });
});

describe('licensemanager-shared-directory-domain', () => {
  test('passes an unshared directory without domain and a shared one with domain', () => {
    assert.deepEqual(run(p.sharedDirectoryDomain, LMUS, user()), []);
    assert.deepEqual(run(p.sharedDirectoryDomain, LMUS, user({ domain: 'corp.example.com' }, { isSharedActiveDirectory: true })), []);
  });
  test('fails a shared directory without domain, flagged or by its sd- id', () => {
    assert.equal(run(p.sharedDirectoryDomain, LMUS, user({}, { isSharedActiveDirectory: true })).length, 1);
    assert.equal(run(p.sharedDirectoryDomain, LMUS, user({}, { directoryId: 'sd-1234567890' })).length, 1);
  });
  test('a domain not known yet counts as set', () => {
    assert.deepEqual(run(p.sharedDirectoryDomain, LMUS, user({ domain: unknownStringValue }, { isSharedActiveDirectory: true })), []);
  });
});

describe('licensemanager-self-managed-directory', () => {
  const settings = {
    domainName: 'corp.example.com',
    domainIpv4List: ['10.0.0.10'],
    domainCredentialsProvider: { secretsManagerCredentialsProvider: { secretId: 'ad-join' } },
    domainNetworkSettings: { subnets: ['subnet-0123456789abcdef0'] },
  };
  test('passes complete settings and AWS managed directories', () => {
    assert.deepEqual(run(p.selfManagedDirectorySettings, LMUS, user({}, { activeDirectoryType: 'SELF_MANAGED', activeDirectorySettings: settings })), []);
    assert.deepEqual(run(p.selfManagedDirectorySettings, LMUS, user()), []);
  });
  test('fails missing settings or missing parts of them', () => {
    assert.match(run(p.selfManagedDirectorySettings, LMUS, user({}, { activeDirectoryType: 'SELF_MANAGED' }))[0], /needs activeDirectorySettings/);
    const { domainIpv4List, domainCredentialsProvider, ...partial } = settings;
    assert.match(run(p.selfManagedDirectorySettings, LMUS, user({}, { activeDirectoryType: 'SELF_MANAGED', activeDirectorySettings: partial }))[0],
      /domainCredentialsProvider, domainIpv4List or domainIpv6List/);
  });
  test('skips settings not known during preview', () => {
    assert.deepEqual(run(p.selfManagedDirectorySettings, LMUS, user({}, { activeDirectoryType: 'SELF_MANAGED', activeDirectorySettings: unknownObjectValue })), []);
  });
});

test('the pack holds every policy once, each with a description and enforcement level', () => {
  const names = p.policies.map((x) => x.name);
  assert.equal(new Set(names).size, 6);
  for (const x of p.policies) {
    assert.ok(x.description.length > 20, x.name);
    assert.ok(['advisory', 'mandatory'].includes(x.enforcementLevel), x.name);
  }
});
