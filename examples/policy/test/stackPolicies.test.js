'use strict';
// The stack policies on whole stacks, called the way the CrossGuard analyzer calls validateStack: every resource's
// props wrapped in @pulumi/policy's unknown-checking proxy.
const { describe, test } = require('node:test');
const assert = require('node:assert/strict');
const { unknownCheckingProxy } = require('@pulumi/policy');
const { unknownStringValue, unknownObjectValue } = require('@pulumi/policy/proxy');
const p = require('../bin/stackPolicies');
const { USER_ASSOCIATION_TOKEN } = require('../bin/policies');

/** Runs a stack policy on [type, name, props] triples; returns [message, urn] of each violation. */
function run(policy, resources, config = {}) {
  const violations = [];
  policy.validateStack({
    resources: resources.map(([type, name, props]) => ({
      type, name, props: unknownCheckingProxy(props), urn: `urn:pulumi:dev::example::${type}::${name}`,
      opts: {}, dependencies: [], propertyDependencies: {}, isType: () => false, asType: () => undefined,
    })),
    stackTags: new Map(),
    getConfig: () => config,
  }, (message, urn) => violations.push([message, urn]));
  return violations;
}

const idp = (directoryId = 'd-1234567890') => ({ activeDirectoryIdentityProvider: { directoryId } });
const registration = (product = 'VISUAL_STUDIO_ENTERPRISE', directoryId) =>
  [p.REGISTRATION_TOKEN, `reg-${product}`, { identityProvider: idp(directoryId), product }];
const subscription = (name, over = {}) =>
  [p.SUBSCRIPTION_TOKEN, name, { username: name, identityProvider: idp(), product: 'VISUAL_STUDIO_ENTERPRISE', ...over }];
const association = (name, over = {}) =>
  [USER_ASSOCIATION_TOKEN, `${name}-assoc`, { username: name, instanceId: 'i-0123456789abcdef0', identityProvider: idp(), ...over }];

describe('licensemanager-subscription-registered-product', () => {
  const policy = p.subscriptionRegistered;
  test('passes a subscription whose directory the stack registers for its product', () => {
    assert.deepEqual(run(policy, [registration(), subscription('alice')]), []);
    assert.deepEqual(run(policy, [registration('OFFICE_PROFESSIONAL_PLUS'), registration(), subscription('alice')]), []);
  });
  test('fails a subscription whose directory the stack registers only for other products, naming them', () => {
    const violations = run(policy, [registration('OFFICE_PROFESSIONAL_PLUS'), subscription('alice')]);
    assert.equal(violations.length, 1);
    assert.match(violations[0][0], /registered in this stack only for OFFICE_PROFESSIONAL_PLUS, not for VISUAL_STUDIO_ENTERPRISE/);
    assert.equal(violations[0][1], `urn:pulumi:dev::example::${p.SUBSCRIPTION_TOKEN}::alice`);
  });
  test('fails a subscription of a directory the stack does not register, unless the config lists it', () => {
    assert.match(run(policy, [registration('VISUAL_STUDIO_ENTERPRISE', 'd-9999999999'), subscription('alice')])[0][0], /no IdentityProviderRegistration/);
    assert.deepEqual(run(policy, [subscription('alice')], { externallyRegisteredDirectories: ['d-1234567890'] }), []);
  });
  test('skips what is not known during preview', () => {
    assert.deepEqual(run(policy, [registration('OFFICE_PROFESSIONAL_PLUS'), subscription('alice', { product: unknownStringValue })]), []);
    assert.deepEqual(run(policy, [registration('OFFICE_PROFESSIONAL_PLUS'), subscription('alice', { identityProvider: unknownObjectValue })]), []);
    const unknownRegistration = [p.REGISTRATION_TOKEN, 'r', { identityProvider: idp(unknownStringValue), product: 'VISUAL_STUDIO_ENTERPRISE' }];
    assert.deepEqual(run(policy, [unknownRegistration, subscription('alice')]), []);
  });
});

describe('licensemanager-association-subscribed', () => {
  const policy = p.associationSubscribed;
  test('passes an association whose user is subscribed in the directory (names and domains ignore case)', () => {
    assert.deepEqual(run(policy, [subscription('alice'), association('alice')]), []);
    assert.deepEqual(run(policy, [subscription('Alice', { domain: 'CORP.example.com' }), association('alice', { domain: 'corp.example.com' })]), []);
  });
  test('reports an association without a subscription of its user, directory or domain', () => {
    assert.equal(run(policy, [subscription('bob'), association('alice')]).length, 1);
    assert.equal(run(policy, [subscription('alice', { identityProvider: idp('d-9999999999') }), association('alice')]).length, 1);
    const [[message, urn]] = run(policy, [subscription('alice', { domain: 'a.example.com' }), association('alice', { domain: 'b.example.com' })]);
    assert.match(message, /user alice of directory d-1234567890 has no ProductSubscription/);
    assert.equal(urn, `urn:pulumi:dev::example::${USER_ASSOCIATION_TOKEN}::alice-assoc`);
  });
  test('skips what is not known during preview', () => {
    assert.deepEqual(run(policy, [subscription('bob'), association('alice', { identityProvider: unknownObjectValue })]), []);
    assert.deepEqual(run(policy, [subscription('bob', { username: unknownStringValue }), association('alice')]), []);
  });
});

test('the stack policies are distinct from the resource policies, each with a description and enforcement level', () => {
  const names = [...p.stackPolicies, ...require('../bin/policies').policies].map((x) => x.name);
  assert.equal(new Set(names).size, 8);
  for (const x of p.stackPolicies) {
    assert.ok(x.description.length > 20, x.name);
    assert.ok(['advisory', 'mandatory'].includes(x.enforcementLevel), x.name);
  }
});
