'use strict';
// Resource RPCs that never reach AWS: Check (valid, invalid, unknowns), Diff (in place, replace, none) and
// preview Create (unknown computed outputs, secrets kept).
const { describe, test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const { call } = require('./lib/provider.js');
const { startSession } = require('./lib/session.js');
const v = require('./lib/values.js');
const { eksInputs, lmusInputs, providerConfig } = require('./lib/fixtures.js');

const { DiffChanges } = v.providerPb.DiffResponse;
const { Kind } = v.providerPb.PropertyDiff;

/** Checks the DiffResponse invariants of ARCHITECTURE.md "RPC contract" and returns { path: kind }. */
function detailed(r) {
  assert.equal(r.getHasdetaileddiff(), true, 'hasDetailedDiff must be set or the engine ignores detailedDiff');
  const map = {};
  r.getDetaileddiffMap().forEach((d, k) => { map[k] = d.getKind(); });
  const top = (path) => path.split(/[.[]/)[0];
  const diffs = r.getDiffsList();
  assert.equal(new Set(diffs).size, diffs.length, `duplicate diffs ${diffs}`);
  for (const key of diffs) assert.ok(Object.keys(map).some((p) => top(p) === key), `diffs key ${key} has no detailedDiff entry`);
  for (const path of Object.keys(map)) assert.ok(diffs.includes(top(path)), `detailedDiff ${path} not in diffs ${diffs}`);
  return map;
}

// The state the engine would pass as Diff olds: the inputs plus what the provider computed.
const stateOf = (type, inputs) => ({
  ...inputs,
  ...(type === v.EKS ? { arn: 'arn:aws:eks:us-east-1:111122223333:identityproviderconfig/x', status: 'ACTIVE' }
    : { instanceUserArn: 'arn:aws:license-manager-user-subscriptions:us-east-1:111122223333:x', status: 'ASSOCIATED' }),
  tagsAll: { owner: 'conformance', ...inputs.tags },
});

describe('resources', () => {
  let p;
  before(async () => { p = await startSession(providerConfig()); });
  after(async () => p.end());

  for (const [type, inputs] of [[v.EKS, eksInputs], [v.LMUS, lmusInputs]]) {
    test(`Check ${type}: valid inputs pass unchanged`, async () => {
      const r = await call(p.client, 'check', v.checkRequest(type, inputs()));
      assert.deepEqual(v.failuresOf(r), {});
      assert.deepEqual(v.fromStruct(r.getInputs()), inputs());
    });
  }

  test('Check IdentityProviderConfig: invalid inputs fail at their paths', async () => {
    const news = { clusterName: '', oidc: { issuerUrl: 'http://issuer.example.com?x=1', clientId: 7 }, tags: { team: 5 }, extra: 1 };
    const f = v.failuresOf(await call(p.client, 'check', v.checkRequest(v.EKS, news)));
    assert.deepEqual(Object.keys(f).sort(),
      ['clusterName', 'extra', 'oidc.clientId', 'oidc.identityProviderConfigName', 'oidc.issuerUrl', 'tags.team']);
    assert.match(f['oidc.identityProviderConfigName'], /missing required/);
    const top = v.topLevelFailuresOf(await call(p.client, 'check', v.checkRequest(v.EKS, news))).sort();
    assert.deepEqual(top, ['clusterName', 'extra', 'oidc', 'oidc', 'oidc', 'tags']);
  });

  test('Check UserAssociation: invalid inputs fail at their paths', async () => {
    const news = lmusInputs();
    news.username = 'corp:alice';
    news.instanceId = 'i-1';
    news.identityProvider.activeDirectoryIdentityProvider.directoryId = 'dir';
    news.identityProvider.activeDirectoryIdentityProvider.activeDirectoryType = 'CLOUD';
    const f = v.failuresOf(await call(p.client, 'check', v.checkRequest(v.LMUS, news)));
    const ad = 'identityProvider.activeDirectoryIdentityProvider';
    assert.deepEqual(Object.keys(f).sort(), [`${ad}.activeDirectoryType`, `${ad}.directoryId`, 'instanceId', 'username']);
  });

  test('Check passes unknown values through without failures', async () => {
    const eks = { clusterName: v.UNKNOWN, oidc: { identityProviderConfigName: 'corp', issuerUrl: v.UNKNOWN, clientId: v.UNKNOWN }, tags: v.UNKNOWN };
    const r1 = await call(p.client, 'check', v.checkRequest(v.EKS, eks));
    assert.deepEqual(v.failuresOf(r1), {});
    assert.deepEqual(v.fromStruct(r1.getInputs()), eks);
    const lmus = { username: v.UNKNOWN, instanceId: v.UNKNOWN, identityProvider: v.UNKNOWN };
    const r2 = await call(p.client, 'check', v.checkRequest(v.LMUS, lmus));
    assert.deepEqual(v.failuresOf(r2), {});
  });

  test('Diff: a tags-only change is an in-place update at tags.team', async () => {
    const olds = eksInputs();
    const news = eksInputs();
    news.tags.team = 'identity';
    const r = await call(p.client, 'diff', v.diffRequest(v.EKS, stateOf(v.EKS, olds), news, { oldInputs: olds }));
    assert.equal(r.getChanges(), DiffChanges.DIFF_SOME);
    assert.deepEqual(r.getReplacesList(), []);
    assert.ok(r.getDiffsList().includes('tags'), `diffs ${r.getDiffsList()}`);
    const map = detailed(r);
    assert.equal(map['tags.team'], Kind.UPDATE, JSON.stringify(map));
    assert.ok(Object.values(map).every((k) => k !== Kind.UPDATE_REPLACE && k !== Kind.ADD_REPLACE && k !== Kind.DELETE_REPLACE));
  });

  test('Diff: a clusterName change replaces, deleting first', async () => {
    const olds = eksInputs();
    const news = { ...eksInputs(), clusterName: 'other-cluster' };
    const r = await call(p.client, 'diff', v.diffRequest(v.EKS, stateOf(v.EKS, olds), news, { oldInputs: olds }));
    assert.equal(r.getChanges(), DiffChanges.DIFF_SOME);
    assert.deepEqual(r.getReplacesList(), ['clusterName']);
    assert.equal(r.getDeletebeforereplace(), true);
    assert.equal(detailed(r).clusterName, Kind.UPDATE_REPLACE);
  });

  test('Diff: an unknown clusterName is a replacement', async () => {
    const olds = eksInputs();
    const r = await call(p.client, 'diff', v.diffRequest(v.EKS, stateOf(v.EKS, olds), { ...olds, clusterName: v.UNKNOWN }, { oldInputs: olds }));
    assert.deepEqual(r.getReplacesList(), ['clusterName']);
  });

  test('Diff: identical inputs → DIFF_NONE', async () => {
    for (const [type, inputs] of [[v.EKS, eksInputs], [v.LMUS, lmusInputs]]) {
      const r = await call(p.client, 'diff', v.diffRequest(type, stateOf(type, inputs()), inputs(), { oldInputs: inputs() }));
      assert.equal(r.getChanges(), DiffChanges.DIFF_NONE, type);
      assert.deepEqual(r.getReplacesList(), []);
      assert.deepEqual(r.getDiffsList(), []);
    }
  });

  test('Diff UserAssociation: a username change replaces', async () => {
    const olds = lmusInputs();
    const r = await call(p.client, 'diff', v.diffRequest(v.LMUS, stateOf(v.LMUS, olds), { ...olds, username: 'bob' }, { oldInputs: olds }));
    assert.deepEqual(r.getReplacesList(), ['username']);
    assert.equal(detailed(r).username, Kind.UPDATE_REPLACE);
  });

  test('preview Create returns the inputs plus unknown computed outputs', async () => {
    const r = await call(p.client, 'create', v.createRequest(v.EKS, eksInputs(), { preview: true }));
    const out = v.fromStruct(r.getProperties());
    assert.equal(out.arn, v.UNKNOWN);
    assert.equal(out.status, v.UNKNOWN);
    assert.deepEqual(out.tagsAll, { owner: 'conformance', ...eksInputs().tags });
    for (const [key, value] of Object.entries(eksInputs())) assert.deepEqual(out[key], value, key);

    const l = v.fromStruct((await call(p.client, 'create', v.createRequest(v.LMUS, lmusInputs(), { preview: true }))).getProperties());
    assert.equal(l.instanceUserArn, v.UNKNOWN);
    assert.equal(l.status, v.UNKNOWN);
    assert.equal(l.username, 'alice');
  });

  test('preview Create keeps secret inputs secret', async () => {
    const inputs = eksInputs();
    inputs.oidc.clientId = v.secret('very-private-client');
    const out = v.fromStruct((await call(p.client, 'create', v.createRequest(v.EKS, inputs, { preview: true }))).getProperties());
    assert.deepEqual(out.oidc.clientId, { [v.SIG]: v.SECRET_SIG, value: 'very-private-client' });
  });

  // tagsAll repeats the tag values: with acceptSecrets=true the engine trusts us to keep them secret.
  test('preview Create keeps tagsAll secret when tags are secret', async () => {
    const secretTags = { ...eksInputs(), tags: v.secret({ team: 'platform' }) };
    const out2 = v.fromStruct((await call(p.client, 'create', v.createRequest(v.EKS, secretTags, { preview: true }))).getProperties());
    assert.ok(v.isSecret(out2.tags), JSON.stringify(out2.tags));
    assert.ok(v.isSecret(out2.tagsAll), `tagsAll derives from secret tags: ${JSON.stringify(out2.tagsAll)}`);
  });
});
