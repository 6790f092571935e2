'use strict';
// Process-level contract (ARCHITECTURE.md "Start-up and handshake"): the port line, the engine's start-up arguments, attach mode,
// Log calls to the engine, and a clean exit on SIGINT/SIGTERM within the engine's 5 s grace period.
const { test } = require('node:test');
const assert = require('node:assert/strict');
const { startProvider, call } = require('./lib/provider.js');
const { FakeEngine, LogSeverity } = require('./lib/engine.js');
const v = require('./lib/values.js');
const { eksInputs } = require('./lib/fixtures.js');
const { startEmulator } = require('./lib/emulator.js');

async function withEngine(body) {
  const engine = new FakeEngine();
  const address = await engine.start();
  try {
    return await body(engine, address);
  } finally {
    await engine.stop();
  }
}

test('stdout holds only the port line: digits and "\\n"', () => withEngine(async (engine, address) => {
  const p = await startProvider([address]);
  try {
    assert.match(p.firstLine, /^\d+\n$/);
    assert.ok(p.port >= 1 && p.port <= 65535, `port ${p.port} out of range`);
    await call(p.client, 'getPluginInfo', new v.Empty());
    await call(p.client, 'check', v.checkRequest(v.EKS, eksInputs()));
  } finally {
    const exit = await p.stop('SIGINT');
    assert.equal(exit.code, 0, `exit ${JSON.stringify(exit)}; stderr: ${p.stderr()}`);
    assert.equal(p.stdout(), p.firstLine, 'nothing but the port line may be written to stdout');
  }
}));

test('accepts the engine start-up arguments --logtostderr -v=9 --tracing x <engine>', () => withEngine(async (engine, address) => {
  const p = await startProvider(['--logtostderr', '-v=9', '--tracing', 'x', address]);
  try {
    assert.match(p.firstLine, /^\d+\n$/);
    const info = await call(p.client, 'getPluginInfo', new v.Empty());
    assert.notEqual(info.getVersion(), '');
    const hs = await call(p.client, 'handshake', v.handshakeRequest(address));
    assert.equal(hs.getAcceptSecrets(), true);
  } finally {
    const exit = await p.stop('SIGTERM');
    assert.equal(exit.code, 0, `exit ${JSON.stringify(exit)}; stderr: ${p.stderr()}`);
    assert.equal(p.stdout(), p.firstLine);
  }
}));

for (const signal of ['SIGINT', 'SIGTERM']) {
  test(`exits with code 0 on ${signal} within 5 s`, () => withEngine(async (engine, address) => {
    const p = await startProvider([address]);
    await call(p.client, 'getSchema', new v.providerPb.GetSchemaRequest());
    const exit = await p.stop(signal, 5000);
    assert.equal(exit.signal, null, `killed by ${exit.signal} after ${exit.elapsedMs} ms; stderr: ${p.stderr()}`);
    assert.equal(exit.code, 0, `stderr: ${p.stderr()}`);
    assert.ok(exit.elapsedMs < 5000, `took ${exit.elapsedMs} ms`);
  }));
}

test('exits with code 0 on SIGINT after Cancel', () => withEngine(async (engine, address) => {
  const p = await startProvider([address]);
  const response = await call(p.client, 'cancel', new v.Empty());
  assert.ok(response instanceof v.Empty);
  const exit = await p.stop('SIGINT', 5000);
  assert.equal(exit.code, 0, `exit ${JSON.stringify(exit)}; stderr: ${p.stderr()}`);
}));

test('attach mode: no arguments still prints a port; Attach takes the engine address', () => withEngine(async (engine, address) => {
  const p = await startProvider([]);
  try {
    assert.match(p.firstLine, /^\d+\n$/);
    const hs = await call(p.client, 'handshake', v.handshakeRequest(address));
    assert.equal(hs.getAcceptSecrets(), true);
    const attached = await call(p.client, 'attach', v.attachRequest(address));
    assert.ok(attached instanceof v.Empty);
    const check = await call(p.client, 'check', v.checkRequest(v.EKS, eksInputs()));
    assert.deepEqual(check.getFailuresList(), []);
  } finally {
    const exit = await p.stop('SIGINT');
    assert.equal(exit.code, 0, `exit ${JSON.stringify(exit)}; stderr: ${p.stderr()}`);
    assert.equal(p.stdout(), p.firstLine);
  }
}));

test('Log calls that reach the engine are well-formed', () => withEngine(async (engine, address) => {
  const p = await startProvider([address]);
  try {
    await call(p.client, 'handshake', v.handshakeRequest(address));
    await call(p.client, 'configure', v.configureRequest({ region: 'us-east-1', skipCredentialsValidation: true }));
    await call(p.client, 'create', v.createRequest(v.EKS, eksInputs(), { preview: true }));
  } finally {
    await p.stop('SIGINT');
  }
  const severities = new Set(Object.values(LogSeverity));
  for (const entry of engine.logs) {
    assert.ok(severities.has(entry.severity), `severity ${entry.severity}`);
    assert.notEqual(entry.message, '');
  }
  // Preview never polls AWS, so it must not emit status lines.
  assert.deepEqual(engine.statusLines(), []);
}));

function deleteRequest(type, id, properties, { name = 'res', timeout = 0 } = {}) {
  const r = new v.providerPb.DeleteRequest();
  r.setId(id);
  r.setUrn(v.urnOf(type, name));
  r.setName(name);
  r.setType(type);
  r.setProperties(v.toStruct(properties));
  r.setTimeout(timeout);
  return r;
}

test('ephemeral status lines while a live Create waits for AWS', () => withEngine(async (engine, address) => {
  // Updates take 1.5 s, so the first poll (0.5 s in) sees InProgress and the provider reports it.
  const emulator = await startEmulator({ transitionMs: 1500 });
  const p = await startProvider([address]);
  try {
    await emulator.control('eks/clusters', { name: 'demo-cluster' });
    await call(p.client, 'handshake', v.handshakeRequest(address));
    await call(p.client, 'configure', v.configureRequest({
      region: 'us-east-1', accessKey: 'test', secretKey: 'test',
      endpoints: { eks: emulator.url, licenseManagerUserSubscriptions: emulator.url },
    }));
    const urn = v.urnOf(v.EKS, 'res');
    let createDone = false;
    const create = call(p.client, 'create', v.createRequest(v.EKS, eksInputs(), { preview: false, timeout: 30 }), { deadlineMs: 30000 })
      .finally(() => { createDone = true; });
    const first = await engine.waitForLog((l) => l.ephemeral && l.urn === urn, 10000);
    assert.equal(createDone, false, 'the status line must arrive while Create is still waiting');
    const created = await create;

    assert.equal(created.getId(), 'demo-cluster:corp-oidc');
    assert.equal(v.fromStruct(created.getProperties()).status, 'ACTIVE');
    assert.equal(first.severity, LogSeverity.INFO);
    assert.match(first.message, /^waiting for update \S+ of cluster demo-cluster: InProgress, .* elapsed$/);
    const lines = engine.statusLines().filter((l) => l.urn === urn);
    assert.ok(lines.length >= 1, JSON.stringify(engine.logs));
    for (const line of lines) assert.match(line.message, /^waiting for /);
    assert.equal((await emulator.state()).configs.length, 1);

    await call(p.client, 'delete', deleteRequest(v.EKS, created.getId(), v.fromStruct(created.getProperties()), { timeout: 30 }), { deadlineMs: 30000 });
    assert.deepEqual((await emulator.state()).configs, []);
  } finally {
    const exit = await p.stop('SIGINT');
    await emulator.stop();
    assert.equal(exit.code, 0, `exit ${JSON.stringify(exit)}; stderr: ${p.stderr()}`);
  }
}));
