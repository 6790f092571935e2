'use strict';
// The provider's fixed surface: Handshake, GetPluginInfo, GetSchema, GetMapping(s), methods it does not
// serve (UNIMPLEMENTED naming the method) and unknown type tokens.
const { describe, test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const { startProvider, call, callError, grpcStatus } = require('./lib/provider.js');
const { FakeEngine } = require('./lib/engine.js');
const v = require('./lib/values.js');

describe('provider surface', () => {
  let engine;
  let p;
  before(async () => {
    engine = new FakeEngine();
    p = await startProvider([await engine.start()]);
  });
  after(async () => {
    const exit = await p.stop('SIGINT');
    await engine.stop();
    assert.equal(exit.code, 0, `exit ${JSON.stringify(exit)}; stderr: ${p.stderr()}`);
  });

  test('Handshake accepts secrets and resources', async () => {
    const r = await call(p.client, 'handshake', v.handshakeRequest(engine.address));
    assert.equal(r.getAcceptSecrets(), true);
    assert.equal(r.getAcceptResources(), true);
    assert.equal(r.getAcceptOutputs(), false, 'output values are not accepted: Configure must agree');
  });

  test('GetPluginInfo reports a semver version', async () => {
    const r = await call(p.client, 'getPluginInfo', new v.Empty());
    assert.match(r.getVersion(), /^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?(\+[0-9A-Za-z.-]+)?$/);
  });

  test('GetSchema returns JSON with both resources, their inputs and required inputs', async () => {
    const r = await call(p.client, 'getSchema', new v.providerPb.GetSchemaRequest());
    const schema = JSON.parse(r.getSchema());
    assert.equal(schema.name, 'awsidentity');
    const info = await call(p.client, 'getPluginInfo', new v.Empty());
    assert.equal(schema.version, info.getVersion());
    const expected = {
      [v.EKS]: { inputs: ['clusterName', 'oidc', 'tags'], required: ['clusterName', 'oidc'], outputs: ['arn', 'status', 'tagsAll'] },
      [v.LMUS]: {
        inputs: ['username', 'instanceId', 'identityProvider', 'domain', 'tags'],
        required: ['username', 'instanceId', 'identityProvider'],
        outputs: ['instanceUserArn', 'status', 'tagsAll'],
      },
    };
    for (const [token, want] of Object.entries(expected)) {
      const res = schema.resources?.[token];
      assert.ok(res, `schema lacks resource ${token}; has ${Object.keys(schema.resources ?? {})}`);
      for (const name of want.inputs) assert.ok(res.inputProperties?.[name], `${token} lacks input ${name}`);
      assert.deepEqual([...res.requiredInputs].sort(), [...want.required].sort(), `${token} requiredInputs`);
      for (const name of want.outputs) assert.ok(res.properties?.[name], `${token} lacks output ${name}`);
    }
    for (const secretKey of ['accessKey', 'secretKey', 'token']) {
      assert.equal(schema.config?.variables?.[secretKey]?.secret, true, `config ${secretKey} must be secret`);
      assert.equal(schema.provider?.inputProperties?.[secretKey]?.secret, true, `provider input ${secretKey} must be secret`);
    }
  });

  test('GetSchema for an unknown subpackage fails with INVALID_ARGUMENT', async () => {
    const req = new v.providerPb.GetSchemaRequest();
    req.setSubpackageName('nope');
    const e = await callError(p.client, 'getSchema', req);
    assert.equal(e.code, grpcStatus.INVALID_ARGUMENT);
    assert.match(e.details, /nope/);
  });

  test('GetMapping and GetMappings answer empty, not an error', async () => {
    const req = new v.providerPb.GetMappingRequest();
    req.setKey('tf');
    req.setProvider('aws');
    const r = await call(p.client, 'getMapping', req);
    assert.equal(r.getProvider(), '');
    assert.equal(r.getData_asU8().length, 0);
    const all = new v.providerPb.GetMappingsRequest();
    all.setKey('tf');
    const rs = await call(p.client, 'getMappings', all);
    assert.deepEqual(rs.getProvidersList(), []);
  });

  for (const [method, make, name] of [
    ['invoke', () => new v.providerPb.InvokeRequest(), 'Invoke'],
    ['construct', () => new v.providerPb.ConstructRequest(), 'Construct'],
    ['call', () => new v.providerPb.CallRequest(), 'Call'],
    ['parameterize', () => new v.providerPb.ParameterizeRequest(), 'Parameterize'],
  ]) {
    test(`${name} is UNIMPLEMENTED (12) with a message naming the method`, async () => {
      const e = await callError(p.client, method, make());
      assert.equal(e.code, grpcStatus.UNIMPLEMENTED);
      assert.match(e.details, new RegExp(`pulumirpc\\.ResourceProvider/${name}\\b`), `message: ${e.details}`);
    });
  }

  test('Check of an unknown type token names the known types', async () => {
    const e = await callError(p.client, 'check', v.checkRequest('awsidentity:eks:Nope', {}));
    assert.equal(e.code, grpcStatus.INVALID_ARGUMENT);
    assert.match(e.details, /awsidentity:eks:Nope/);
    assert.ok(e.details.includes(v.EKS) && e.details.includes(v.LMUS), e.details);
  });

  test('the type token is taken from the URN when the type field is empty', async () => {
    const req = v.checkRequest(v.LMUS, { username: 'bob' });
    req.setType('');
    const r = await call(p.client, 'check', req);
    assert.ok('instanceId' in v.failuresOf(r), JSON.stringify(v.failuresOf(r)));
  });
});
