'use strict';
// Starts bin/pulumi-resource-awsidentity the way the engine does (attach mode: no arguments, so no engine is
// needed), calls GetSchema with Pulumi's own generated stubs (npm @pulumi/pulumi) and returns the schema text.
const { spawn } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');
const grpc = require('@grpc/grpc-js');
const { ResourceProviderClient } = require('@pulumi/pulumi/proto/provider_grpc_pb.js');
const providerPb = require('@pulumi/pulumi/proto/provider_pb.js');

const REPO = path.resolve(__dirname, '..', '..', '..');

/** $AWSIDENTITY_BIN (a directory or the binary), else <repo>/bin/pulumi-resource-awsidentity. */
function providerBinary() {
  const fromEnv = process.env.AWSIDENTITY_BIN;
  const name = 'pulumi-resource-awsidentity';
  const bin = fromEnv
    ? (fs.existsSync(fromEnv) && fs.statSync(fromEnv).isFile() ? fromEnv : path.join(fromEnv, name))
    : path.join(REPO, 'bin', name);
  if (!fs.existsSync(bin)) throw new Error(`provider binary not found at ${bin}; run \`make provider\` first`);
  return bin;
}

/** Resolves to the schema JSON text served by the provider binary. */
function fetchSchema(bin = providerBinary(), timeoutMs = 15000) {
  return new Promise((resolve, reject) => {
    const child = spawn(bin, [], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    let client;
    const timer = setTimeout(() => done(new Error(`no schema within ${timeoutMs} ms; stderr: ${err}`)), timeoutMs);
    function done(error, schema) {
      clearTimeout(timer);
      if (client) client.close();
      child.kill('SIGINT');
      if (error) reject(error);
      else resolve(schema);
    }
    child.once('error', done);
    child.stderr.on('data', (b) => { err += b; });
    child.stdout.on('data', (b) => {
      if (client) return;
      out += b;
      const newline = out.indexOf('\n');
      if (newline < 0) return;
      const port = Number(out.slice(0, newline).trim());
      client = new ResourceProviderClient(`127.0.0.1:${port}`, grpc.credentials.createInsecure());
      client.getSchema(new providerPb.GetSchemaRequest(), (e, response) =>
        e ? done(new Error(`GetSchema failed: ${e.message}; stderr: ${err}`)) : done(null, response.getSchema()));
    });
  });
}

/** The schema as checked in: parsed, pretty-printed with two spaces and a final newline. */
function canonical(schemaText) {
  return JSON.stringify(JSON.parse(schemaText), null, 2) + '\n';
}

module.exports = { fetchSchema, canonical, providerBinary, REPO };

if (require.main === module) {
  const target = process.argv[2] ?? path.join(REPO, 'sdk', 'schema.json');
  fetchSchema()
    .then((text) => {
      fs.writeFileSync(target, canonical(text));
      console.log(`wrote ${path.relative(process.cwd(), target)}`);
    })
    .catch((e) => {
      console.error(`make schema: ${e.message}`);
      process.exit(1);
    });
}
