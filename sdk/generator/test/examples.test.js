'use strict';
// The YAML programs and stack files against the package schema, so the examples cannot rot: every resource's type
// token exists, every property (nested ones too) is declared, every required input is set, and the provider's
// stack config names only provider config variables. (The TypeScript example is checked by its mock test,
// examples/typescript/test; the C# example by its own, examples/csharp/test, under `make test-csharp`.)
const { describe, test } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const yaml = require('js-yaml');
const schema = require('../../schema.json');
const { checkResource } = require('../lib/schema-check');
const { validate } = require('../lib/metaschema');

const REPO = path.resolve(__dirname, '..', '..', '..');
const load = (rel) => yaml.load(fs.readFileSync(path.join(REPO, rel), 'utf8'));

describe('root Pulumi.yaml', () => {
  const program = load('Pulumi.yaml');

  test('is a YAML program that takes the plugin from ./bin', () => {
    assert.equal(program.runtime, 'yaml');
    assert.deepEqual(program.plugins.providers, [{ name: 'awsidentity', path: './bin' }]);
  });

  test('declares one IdentityProviderConfig, one registration, and two ProductSubscriptions and UserAssociations', () => {
    const types = Object.values(program.resources).map((r) => r.type).sort();
    assert.deepEqual(types, ['awsidentity:eks:IdentityProviderConfig', 'awsidentity:licensemanager:IdentityProviderRegistration',
      'awsidentity:licensemanager:ProductSubscription', 'awsidentity:licensemanager:ProductSubscription',
      'awsidentity:licensemanager:UserAssociation', 'awsidentity:licensemanager:UserAssociation']);
  });

  test("AWS's order as references: register → subscribe → associate", () => {
    const of = (type) => Object.entries(program.resources).filter(([, r]) => r.type === `awsidentity:licensemanager:${type}`);
    const [[registration]] = of('IdentityProviderRegistration');
    for (const [name, s] of of('ProductSubscription')) {
      assert.equal(s.properties.identityProvider, `\${${registration}.identityProvider}`, name);
      assert.equal(s.properties.product, `\${${registration}.product}`, name);
    }
    const subscriptions = new Map(of('ProductSubscription').map(([name, s]) => [s.properties.username, name]));
    for (const [name, a] of of('UserAssociation')) {
      assert.equal(a.properties.identityProvider, `\${${subscriptions.get(a.properties.username)}.identityProvider}`, `${name}: its user's subscription`);
    }
  });

  test('every resource fits the schema', () => {
    for (const [name, r] of Object.entries(program.resources)) {
      if (!r.type.startsWith('awsidentity:')) continue;
      assert.deepEqual(checkResource(schema, r.type, r.properties, name), []);
    }
  });

  test('every ${config} and ${resource.output} it uses exists', () => {
    const text = fs.readFileSync(path.join(REPO, 'Pulumi.yaml'), 'utf8');
    for (const [, ref] of text.matchAll(/\$\{([^}]+)\}/g)) {
      const [head, prop] = ref.split('.');
      if (prop === undefined) assert.ok(program.config[head], `config ${head} is declared`);
      else {
        const r = program.resources[head];
        assert.ok(r, `resource ${head} exists`);
        assert.ok(schema.resources[r.type].properties[prop], `${r.type} has output ${prop}`);
      }
    }
  });

  test('Pulumi.local.yaml sets every config key without a default and only known provider variables', () => {
    const stack = load('Pulumi.local.yaml').config;
    for (const [key, spec] of Object.entries(program.config)) {
      if (spec.default === undefined) assert.ok(`${program.name}:${key}` in stack, `${key} is set`);
    }
    for (const key of Object.keys(stack).filter((k) => k.startsWith('awsidentity:'))) {
      assert.ok(schema.config.variables[key.slice('awsidentity:'.length)], `${key} is a provider config variable`);
    }
    assert.equal(stack['awsidentity:skipCredentialsValidation'], 'true');
    assert.match(stack['awsidentity:endpoints'].eks, /^http:\/\/127\.0\.0\.1:\d+$/);
  });
});

describe('schema check helper', () => {
  test('catches a wrong token, an unknown nested property and a missing required input', () => {
    assert.match(checkResource(schema, 'awsidentity:eks:OidcConfig', {})[0], /unknown type token/);
    assert.match(checkResource(schema, 'awsidentity:eks:IdentityProviderConfig', { clusterName: 'x', oidc: { issuerUrl: 'https://a', clientId: 'c', identityProviderConfigName: 'n', groupClaim: 'g' } })[0], /"groupClaim" is not a property/);
    assert.match(checkResource(schema, 'awsidentity:licensemanager:UserAssociation', { username: 'a', instanceId: 'i-0123456789abcdef0' })[0], /"identityProvider" is missing/);
    assert.deepEqual(validate(schema), []);
  });
});
