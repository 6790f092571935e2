'use strict';
// Starts bin/awsidentity-emulator (the local AWS stand-in) on a free port and drives its unsigned control API
// (/_emulator/…, see tools/AwsIdentity.Emulator/README.md) with fetch.
const { spawn } = require('node:child_process');
const fs = require('node:fs');
const { repoBin } = require('./repo.js');

function emulatorPath() {
  const candidate = repoBin('awsidentity-emulator');
  if (!fs.existsSync(candidate)) throw new Error(`emulator not found at ${candidate}; run \`make emulator\``);
  return candidate;
}

/** Resolves to { url, control(path, body), state(), stop() } once the emulator prints "listening on <url>". */
function startEmulator({ transitionMs = 300, timeoutMs = 20000 } = {}) {
  const child = spawn(emulatorPath(), ['--port', '0', '--transition-ms', String(transitionMs)], { stdio: ['ignore', 'pipe', 'pipe'] });
  const err = [];
  child.stderr.on('data', (b) => err.push(b));
  const exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  return new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => { child.kill('SIGKILL'); reject(new Error(`emulator not ready in ${timeoutMs} ms: ${Buffer.concat(err)}`)); }, timeoutMs);
    child.once('error', (e) => { clearTimeout(timer); reject(e); });
    child.stdout.on('data', (b) => {
      out += b.toString();
      const match = /listening on (\S+)/.exec(out);
      if (!match) return;
      clearTimeout(timer);
      child.stdout.removeAllListeners('data');
      child.stdout.resume();
      const url = match[1].replace(/\/$/, '');
      resolve({
        url,
        async control(route, body = {}) {
          const response = await fetch(`${url}/_emulator/${route}`, {
            method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body),
          });
          if (!response.ok) throw new Error(`emulator control ${route}: ${response.status} ${await response.text()}`);
          return response.json();
        },
        async state() {
          return (await fetch(`${url}/_emulator/state`)).json();
        },
        async stop() {
          if (child.exitCode === null && child.signalCode === null) child.kill('SIGINT');
          const killer = setTimeout(() => child.kill('SIGKILL'), 5000);
          const exit = await exited;
          clearTimeout(killer);
          return exit;
        },
      });
    });
  });
}

module.exports = { startEmulator };
