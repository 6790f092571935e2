'use strict';
// Provider configuration: CheckConfig (located failures), DiffConfig and Configure (flags, secrets).
const { describe, test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const { call, callError, grpcStatus } = require('./lib/provider.js');
const { startSession } = require('./lib/session.js');
const v = require('./lib/values.js');
const { providerConfig, eksInputs } = require('./lib/fixtures.js');

const PROVIDER = 'pulumi:providers:awsidentity';
const { DiffChanges } = v.providerPb.DiffResponse;

describe('provider configuration', () => {
  let p;
  before(async () => { p = await startSession(); });
  after(async () => p.end());

  test('CheckConfig: a valid configuration has no failures and comes back unchanged', async () => {
    const news = { ...providerConfig(), accessKey: v.secret('AKIAEXAMPLE'), secretKey: v.secret('shh'), version: '0.1.0' };
    const r = await call(p.client, 'checkConfig', v.checkRequest(PROVIDER, news, { name: 'default' }));
    assert.deepEqual(v.failuresOf(r), {});
    assert.deepEqual(v.fromStruct(r.getInputs()), news);
  });

  test('CheckConfig: bad values fail at their property paths', async () => {
    const news = { region: 'Mars', endpoints: { eks: 'not a url' }, maxRetries: 500, bogus: true };
    const r = await call(p.client, 'checkConfig', v.checkRequest(PROVIDER, news, { name: 'default' }));
    const failures = v.failuresOf(r);
    assert.deepEqual(Object.keys(failures).sort(), ['bogus', 'endpoints.eks', 'maxRetries', 'region']);
    assert.match(failures.bogus, /unknown property 'bogus'/);
    assert.match(failures.maxRetries, /0 to 100/);
    for (const reason of Object.values(failures)) assert.notEqual(reason, '');
  });

  test('CheckConfig: unknown values and JSON-encoded objects pass', async () => {
    const news = { region: v.UNKNOWN, endpoints: JSON.stringify({ eks: 'https://eks.example.com' }), maxRetries: v.UNKNOWN };
    const r = await call(p.client, 'checkConfig', v.checkRequest(PROVIDER, news, { name: 'default' }));
    assert.deepEqual(v.failuresOf(r), {});
    const inputs = v.fromStruct(r.getInputs());
    assert.equal(inputs.region, v.UNKNOWN);
    // Returned as sent: `pulumi config set` stores text, and CheckConfig keeps the representation (provider.proto).
    assert.deepEqual(inputs, news);
  });

  test('DiffConfig: identical → DIFF_NONE; a changed region replaces the provider; endpoints change in place', async () => {
    const same = await call(p.client, 'diffConfig', v.diffRequest(PROVIDER, providerConfig(), providerConfig()));
    assert.equal(same.getChanges(), DiffChanges.DIFF_NONE);
    assert.deepEqual(same.getReplacesList(), []);

    // proto/pulumi/provider.proto DiffConfig: a region change makes the old resources unmanageable.
    const news = { ...providerConfig(), region: 'eu-west-1' };
    const r = await call(p.client, 'diffConfig', v.diffRequest(PROVIDER, providerConfig(), news));
    assert.equal(r.getChanges(), DiffChanges.DIFF_SOME);
    assert.deepEqual(r.getReplacesList(), ['region']);
    assert.deepEqual(r.getDiffsList(), ['region']);
    assert.equal(r.getHasdetaileddiff(), true);
    assert.equal(r.getDetaileddiffMap().get('region')?.getKind(), v.providerPb.PropertyDiff.Kind.UPDATE_REPLACE);

    const moved = { ...providerConfig(), endpoints: { eks: 'https://eks.example.com' } };
    const e = await call(p.client, 'diffConfig', v.diffRequest(PROVIDER, providerConfig(), moved));
    assert.equal(e.getChanges(), DiffChanges.DIFF_SOME);
    assert.deepEqual(e.getReplacesList(), []);
  });

  test('Configure with secrets: supportsPreview and the same flags as Handshake', async () => {
    const args = { ...providerConfig(), accessKey: v.secret('AKIAEXAMPLE'), secretKey: v.secret('shh'), token: v.secret('tok') };
    const r = await call(p.client, 'configure', v.configureRequest(args));
    assert.equal(r.getSupportspreview(), true);
    assert.equal(r.getAcceptsecrets(), true);
    assert.equal(r.getAcceptresources(), true);
    assert.equal(r.getAcceptoutputs(), false);
  });

  test('Configure takes the deprecated variables map when args is absent', async () => {
    const req = new v.providerPb.ConfigureRequest();
    req.getVariablesMap().set('awsidentity:config:region', 'eu-central-1');
    req.getVariablesMap().set('awsidentity:config:defaultTags', JSON.stringify({ tags: { owner: 'vars' } }));
    req.getVariablesMap().set('awsidentity:config:skipCredentialsValidation', 'true');
    req.setAcceptsecrets(true);
    req.setAcceptresources(true);
    const r = await call(p.client, 'configure', req);
    assert.equal(r.getSupportspreview(), true);
    const created = await call(p.client, 'create', v.createRequest(v.EKS, eksInputs(), { preview: true }));
    assert.equal(v.fromStruct(created.getProperties()).tagsAll.owner, 'vars');
  });

  test('Configure with an invalid configuration fails with INVALID_ARGUMENT naming the property', async () => {
    const e = await callError(p.client, 'configure', v.configureRequest({ region: 'Mars', skipCredentialsValidation: true }));
    assert.equal(e.code, grpcStatus.INVALID_ARGUMENT);
    assert.match(e.details, /region/);
  });
});
