'use strict';
// The License Manager registration and product subscription through the RPCs that never reach AWS, with Pulumi's
// own stubs: the schema's shape of both, Check (valid, invalid at a path, unknowns from another resource's outputs
// as in a first preview of the examples), Diff (tags in place, settings in place, the rest replaces, delete first)
// and preview Create (unknown computed outputs).
const { describe, test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const { call } = require('./lib/provider.js');
const { startSession } = require('./lib/session.js');
const v = require('./lib/values.js');
const { providerConfig } = require('./lib/fixtures.js');

const REGISTRATION = 'awsidentity:licensemanager:IdentityProviderRegistration';
const SUBSCRIPTION = 'awsidentity:licensemanager:ProductSubscription';
const { DiffChanges } = v.providerPb.DiffResponse;
const { Kind } = v.providerPb.PropertyDiff;

const directory = () => ({ activeDirectoryIdentityProvider: { directoryId: 'd-1234567890', activeDirectoryType: 'AWS_MANAGED' } });
const registration = () => ({
  identityProvider: directory(),
  product: 'VISUAL_STUDIO_ENTERPRISE',
  settings: { subnets: ['subnet-0123456789abcdef0', 'subnet-0fedcba9876543210'], securityGroupId: 'sg-0123456789abcdef0' },
  tags: { team: 'desktop' },
});
const subscription = () => ({ username: 'alice', identityProvider: directory(), product: 'VISUAL_STUDIO_ENTERPRISE', domain: 'corp.example.com', tags: { team: 'desktop' } });
const stateOf = (type, inputs) => ({
  ...inputs,
  ...(type === REGISTRATION
    ? { identityProviderArn: 'arn:aws:license-manager-user-subscriptions:us-east-1:111122223333:identity-provider/x', status: 'REGISTERED', ownerAccountId: '111122223333' }
    : { productUserArn: 'arn:aws:license-manager-user-subscriptions:us-east-1:111122223333:product-user/x', status: 'SUBSCRIBED' }),
  tagsAll: { owner: 'conformance', ...inputs.tags },
});
const kinds = (r) => {
  const map = {};
  r.getDetaileddiffMap().forEach((d, k) => { map[k] = d.getKind(); });
  return map;
};

describe('License Manager registration and subscription', () => {
  let p;
  before(async () => { p = await startSession(providerConfig()); });
  after(async () => p.end());

  test('the schema declares both with their inputs, required inputs and outputs', async () => {
    const schema = JSON.parse((await call(p.client, 'getSchema', new v.providerPb.GetSchemaRequest())).getSchema());
    const want = {
      [REGISTRATION]: { required: ['identityProvider', 'product'], outputs: ['identityProviderArn', 'status', 'failureMessage', 'ownerAccountId', 'settings', 'tagsAll'] },
      [SUBSCRIPTION]: { required: ['identityProvider', 'product', 'username'], outputs: ['productUserArn', 'status', 'statusMessage', 'subscriptionStartDate', 'subscriptionEndDate', 'tagsAll'] },
    };
    for (const [token, { required, outputs }] of Object.entries(want)) {
      const res = schema.resources[token];
      assert.ok(res, `schema lacks ${token}`);
      assert.deepEqual([...res.requiredInputs].sort(), required, `${token} requiredInputs`);
      for (const name of outputs) assert.ok(res.properties[name], `${token} lacks output ${name}`);
    }
    assert.equal(schema.resources[REGISTRATION].inputProperties.settings.$ref, '#/types/awsidentity:licensemanager:Settings');
  });

  for (const [type, inputs] of [[REGISTRATION, registration], [SUBSCRIPTION, subscription]]) {
    test(`Check ${type}: valid inputs pass, an identityProvider from another resource's outputs is unknown, not an error`, async () => {
      const r = await call(p.client, 'check', v.checkRequest(type, inputs()));
      assert.deepEqual(v.failuresOf(r), {});
      const unknown = await call(p.client, 'check', v.checkRequest(type, { ...inputs(), identityProvider: v.UNKNOWN, product: v.UNKNOWN }));
      assert.deepEqual(v.failuresOf(unknown), {});
    });

    test(`Diff ${type}: a tag change is in place, a product change replaces deleting first`, async () => {
      const olds = inputs();
      const tags = await call(p.client, 'diff', v.diffRequest(type, stateOf(type, olds), { ...olds, tags: { team: 'other' } }, { oldInputs: olds }));
      assert.equal(tags.getChanges(), DiffChanges.DIFF_SOME);
      assert.deepEqual(tags.getReplacesList(), []);
      const product = await call(p.client, 'diff', v.diffRequest(type, stateOf(type, olds), { ...olds, product: 'OFFICE_PROFESSIONAL_PLUS' }, { oldInputs: olds }));
      assert.deepEqual(product.getReplacesList(), ['product']);
      assert.equal(kinds(product).product, Kind.UPDATE_REPLACE);
      assert.equal(product.getDeletebeforereplace(), true, 'one registration per directory and product, one subscription per user: delete first');
    });
  }

  test('Check ProductSubscription: a user name with ":" fails at its path', async () => {
    const f = v.failuresOf(await call(p.client, 'check', v.checkRequest(SUBSCRIPTION, { ...subscription(), username: 'corp:alice' })));
    assert.deepEqual(Object.keys(f), ['username']);
  });

  test('Diff IdentityProviderRegistration: subnets are a set, and a changed subnet is in place', async () => {
    const olds = registration();
    const reordered = { ...olds, settings: { ...olds.settings, subnets: [...olds.settings.subnets].reverse() } };
    const same = await call(p.client, 'diff', v.diffRequest(REGISTRATION, stateOf(REGISTRATION, olds), reordered, { oldInputs: olds }));
    assert.equal(same.getChanges(), DiffChanges.DIFF_NONE, 'order of a set is no change');
    const added = { ...olds, settings: { ...olds.settings, subnets: [...olds.settings.subnets, 'subnet-0aaaaaaaaaaaaaaaa'] } };
    const r = await call(p.client, 'diff', v.diffRequest(REGISTRATION, stateOf(REGISTRATION, olds), added, { oldInputs: olds }));
    assert.equal(r.getChanges(), DiffChanges.DIFF_SOME);
    assert.deepEqual(r.getReplacesList(), []);
  });

  test('preview Create of both answers unknown computed outputs', async () => {
    const reg = v.fromStruct((await call(p.client, 'create', v.createRequest(REGISTRATION, registration(), { preview: true }))).getProperties());
    assert.equal(reg.identityProviderArn, v.UNKNOWN);
    assert.equal(reg.status, v.UNKNOWN);
    assert.equal(reg.product, 'VISUAL_STUDIO_ENTERPRISE');
    const sub = v.fromStruct((await call(p.client, 'create', v.createRequest(SUBSCRIPTION, subscription(), { preview: true }))).getProperties());
    assert.equal(sub.productUserArn, v.UNKNOWN);
    assert.equal(sub.status, v.UNKNOWN);
    assert.equal(sub.username, 'alice');
  });
});
