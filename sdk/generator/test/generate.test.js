'use strict';
// The committed SDKs are exactly what the generator makes from sdk/schema.json, and the generator is faithful
// to the schema: one class per resource with its token, one property per schema property.
const { describe, test } = require('node:test');
const assert = require('node:assert/strict');
const path = require('node:path');
const { generate, compare, SDK } = require('../generate');
const schema = require('../../schema.json');

const sdks = generate();

describe('generated SDKs', () => {
  for (const lang of ['nodejs', 'dotnet']) {
    test(`sdk/${lang} equals a fresh generation (run \`make sdk\` when this fails)`, () => {
      const problems = compare(path.join(SDK, lang), sdks[lang]).map((p) => `${p.file}: ${p.problem}`);
      assert.deepEqual(problems, []);
    });
  }

  test('generation is deterministic', () => {
    assert.deepEqual(generate(), sdks);
  });

  test('each resource class carries its type token and every schema property', () => {
    for (const [token, r] of Object.entries(schema.resources)) {
      const name = token.split(':')[2];
      const module = token.split(':')[1];
      const ts = sdks.nodejs[`${module}/${name[0].toLowerCase()}${name.slice(1)}.ts`];
      assert.ok(ts, `nodejs file for ${token}`);
      assert.ok(ts.includes(`__pulumiType = "${token}"`));
      for (const p of Object.keys(r.properties)) assert.match(ts, new RegExp(`declare public readonly ${p}: `), `${token} output ${p}`);
      for (const p of Object.keys(r.inputProperties)) assert.match(ts, new RegExp(`resourceInputs\\["${p}"\\] = args`), `${token} input ${p}`);
      const cs = Object.entries(sdks.dotnet).find(([f]) => f.endsWith(`/${name}.cs`))?.[1];
      assert.ok(cs, `dotnet file for ${token}`);
      assert.ok(cs.includes(`[global::AwsIdentity.Pulumi.AwsIdentityResourceType("${token}")]`), `${token} C# resource type attribute`);
      for (const p of Object.keys(r.properties)) assert.ok(cs.includes(`[global::Pulumi.Output("${p}")]`), `${token} C# output ${p}`);
      for (const p of Object.keys(r.inputProperties)) assert.ok(cs.includes(`[global::Pulumi.Input("${p}"`), `${token} C# input ${p}`);
    }
  });

  test('the SDK packages have the names the schema gives them', () => {
    assert.equal(JSON.parse(sdks.nodejs['package.json']).name, '@awsidentity/pulumi');
    assert.ok(sdks.dotnet['AwsIdentity.Pulumi.csproj'].includes('<PackageId>AwsIdentity.Pulumi</PackageId>'));
    assert.equal(JSON.parse(sdks.nodejs['package.json']).version, schema.version);
  });
});
