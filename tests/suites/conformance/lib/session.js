'use strict';
// A provider started against a fake engine and handshaken (and configured when a configuration is given), as the
// suites that drive it for a whole describe block need it; end() stops both and checks the provider exits cleanly.
const assert = require('node:assert/strict');
const { startProvider, call } = require('./provider.js');
const { FakeEngine } = require('./engine.js');
const v = require('./values.js');

async function startSession(config) {
  const engine = new FakeEngine();
  const p = await startProvider([await engine.start()]);
  await call(p.client, 'handshake', v.handshakeRequest(engine.address));
  if (config !== undefined) await call(p.client, 'configure', v.configureRequest(config));
  return {
    client: p.client,
    engine,
    async end() {
      const exit = await p.stop('SIGINT');
      await engine.stop();
      assert.equal(exit.code, 0, `exit ${JSON.stringify(exit)}; stderr: ${p.stderr()}`);
    },
  };
}

module.exports = { startSession };
