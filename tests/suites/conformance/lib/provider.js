'use strict';
// Starts bin/pulumi-resource-awsidentity the way the Pulumi engine does and hands back a client built from
// Pulumi's own generated stubs (npm @pulumi/pulumi), so every field number and enum is Pulumi's.
const { spawn } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');
const { repoBin } = require('./repo.js');
const grpc = require('@grpc/grpc-js');
const { ResourceProviderClient } = require('@pulumi/pulumi/proto/provider_grpc_pb.js');

const BINARY_NAME = 'pulumi-resource-awsidentity';

/** The provider binary: $AWSIDENTITY_BIN (a directory, or the binary itself), else bin/ at the repository root. */
function binaryPath() {
  const fromEnv = process.env.AWSIDENTITY_BIN;
  const candidate = fromEnv
    ? (fs.existsSync(fromEnv) && fs.statSync(fromEnv).isFile() ? fromEnv : path.join(fromEnv, BINARY_NAME))
    : repoBin(BINARY_NAME);
  if (!fs.existsSync(candidate)) throw new Error(`provider binary not found at ${candidate}; run \`make provider\``);
  return candidate;
}

/**
 * Launches the provider with `args` and waits for its port line. Resolves to a handle with the gRPC client,
 * the raw stdout/stderr seen so far, and stop(signal) which resolves to { code, signal, elapsedMs }.
 */
function startProvider(args = [], { timeoutMs = 10000, env = {} } = {}) {
  const bin = binaryPath();
  const started = process.hrtime.bigint();
  const child = spawn(bin, args, { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...env } });
  const out = [];
  const err = [];
  const exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  child.stderr.on('data', (b) => err.push(b));

  return new Promise((resolve, reject) => {
    let settled = false;
    const timer = setTimeout(() => fail(new Error(`no port line within ${timeoutMs} ms`)), timeoutMs);
    function fail(e) {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      child.kill('SIGKILL');
      reject(new Error(`${e.message}\nstdout: ${JSON.stringify(Buffer.concat(out).toString())}\nstderr: ${Buffer.concat(err)}`));
    }
    child.once('error', fail);
    exited.then(({ code, signal }) => fail(new Error(`provider exited early (code ${code}, signal ${signal})`)));
    child.stdout.on('data', function onData(b) {
      out.push(b);
      const text = Buffer.concat(out).toString('latin1');
      const newline = text.indexOf('\n');
      if (newline < 0 || settled) return;
      settled = true;
      clearTimeout(timer);
      const firstLine = text.slice(0, newline + 1);
      const port = Number(firstLine.trim());
      const startMs = Number(process.hrtime.bigint() - started) / 1e6;
      const client = new ResourceProviderClient(`127.0.0.1:${port}`, grpc.credentials.createInsecure());
      resolve(makeHandle(child, client, { firstLine, port, startMs, out, err, exited }));
    });
  });
}

function makeHandle(child, client, { firstLine, port, startMs, out, err, exited }) {
  let stopped = null;
  return {
    child, client, firstLine, port, startMs, exited,
    stdout: () => Buffer.concat(out).toString(),
    stderr: () => Buffer.concat(err).toString(),
    /** Sends `signal` and waits up to `graceMs` for the exit; kills the process if it overstays. */
    stop(signal = 'SIGINT', graceMs = 5000) {
      if (stopped) return stopped;
      client.close();
      const sent = Date.now();
      stopped = new Promise((resolve) => {
        const killer = setTimeout(() => child.kill('SIGKILL'), graceMs);
        exited.then(({ code, signal: by }) => {
          clearTimeout(killer);
          resolve({ code, signal: by, elapsedMs: Date.now() - sent });
        });
        if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      });
      return stopped;
    },
  };
}

/** Calls a unary method of the client as a promise; rejects with the grpc ServiceError (code, details). */
function call(client, method, request, { deadlineMs = 10000 } = {}) {
  return new Promise((resolve, reject) => {
    const deadline = new Date(Date.now() + deadlineMs);
    client[method](request, { deadline }, (error, response) => (error ? reject(error) : resolve(response)));
  });
}

/** Like call() but resolves to the ServiceError and fails if the call succeeds. */
async function callError(client, method, request) {
  try {
    await call(client, method, request);
  } catch (e) {
    return e;
  }
  throw new Error(`${method} succeeded, an error was expected`);
}

module.exports = { binaryPath, startProvider, call, callError, grpcStatus: grpc.status };
