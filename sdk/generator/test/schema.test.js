'use strict';
// sdk/schema.json: what the provider binary serves today (staleness), valid under Pulumi's metaschema rules, and
// complete in the ways users meet it (descriptions, secrets, replacement, import docs, language sections).
const { describe, test } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const { fetchSchema, canonical } = require('../lib/fetch-schema');
const { validate, collectRefs, TOKEN } = require('../lib/metaschema');

const SCHEMA_PATH = path.resolve(__dirname, '..', '..', 'schema.json');
const text = fs.readFileSync(SCHEMA_PATH, 'utf8');
const schema = JSON.parse(text);
const EKS = 'awsidentity:eks:IdentityProviderConfig';
const LMUS = 'awsidentity:licensemanager:UserAssociation';
const REGISTRATION = 'awsidentity:licensemanager:IdentityProviderRegistration';
const SUBSCRIPTION = 'awsidentity:licensemanager:ProductSubscription';
/** The inputs each resource changes in place; every other input replaces it. */
const IN_PLACE = { [EKS]: ['tags'], [LMUS]: ['tags'], [SUBSCRIPTION]: ['tags'], [REGISTRATION]: ['settings', 'tags'] };

/** Every property spec in the schema with a readable location. */
function allProperties() {
  const out = [];
  const add = (where, props) => Object.entries(props ?? {}).forEach(([name, spec]) => out.push({ where: `${where}.${name}`, name, spec }));
  add('config.variables', schema.config?.variables);
  add('provider.inputProperties', schema.provider?.inputProperties);
  for (const [token, r] of Object.entries(schema.resources)) {
    add(`${token}.inputProperties`, r.inputProperties);
    add(`${token}.properties`, r.properties);
  }
  for (const [token, t] of Object.entries(schema.types)) add(`${token}.properties`, t.properties);
  return out;
}

describe('sdk/schema.json', () => {
  test('is what the provider binary serves (run `make schema` when this fails)', async () => {
    const served = canonical(await fetchSchema());
    assert.equal(text, served, 'sdk/schema.json is stale: run `make schema` and then `make sdk`');
  });

  test('passes the metaschema rules', () => {
    assert.deepEqual(validate(schema), []);
  });

  test('every $ref resolves and every type is used', () => {
    const refs = collectRefs(schema);
    assert.ok(refs.length > 0);
    const used = new Set();
    for (const { where, ref } of refs) {
      assert.match(ref, /^#\/types\//, `${where}: only local types are referenced`);
      const token = ref.slice('#/types/'.length);
      assert.ok(schema.types[token], `${where}: ${ref} resolves`);
      used.add(token);
    }
    assert.deepEqual(Object.keys(schema.types).filter((t) => !used.has(t)), [], 'no orphan types');
  });

  test('has the package metadata a registry page needs', () => {
    for (const key of ['name', 'displayName', 'version', 'description', 'keywords', 'homepage', 'repository', 'license', 'publisher']) {
      assert.ok(schema[key], `${key} is set`);
    }
    assert.equal(schema.name, 'awsidentity');
    assert.deepEqual(Object.keys(schema.resources).sort(), [EKS, REGISTRATION, SUBSCRIPTION, LMUS]);
  });

  test('describes every property, resource and type in words', () => {
    for (const { where, spec } of allProperties()) assert.ok(spec.description?.trim().length > 10, `${where} has a description`);
    for (const [token, t] of [...Object.entries(schema.resources), ...Object.entries(schema.types)]) {
      assert.ok(t.description?.trim(), `${token} has a description`);
    }
  });

  test('credentials are secret in config and in the provider resource', () => {
    for (const key of ['accessKey', 'secretKey', 'token']) {
      assert.equal(schema.config.variables[key].secret, true, `config ${key}`);
      assert.equal(schema.provider.inputProperties[key].secret, true, `provider ${key}`);
    }
    assert.deepEqual(Object.keys(schema.config.variables), Object.keys(schema.provider.inputProperties));
  });

  test('marks every input but those changed in place (tags, and settings of a registration) as replacing, through willReplaceOnChanges and never replaceOnChanges', () => {
    // The provider's Diff decides replacement (and delete-before-replace); a schema replaceOnChanges would make
    // every SDK add the replaceOnChanges resource option as well.
    for (const { where, spec } of allProperties()) assert.equal(spec.replaceOnChanges, undefined, `${where} has no replaceOnChanges`);
    for (const [token, inPlace] of Object.entries(IN_PLACE)) {
      for (const [name, spec] of Object.entries(schema.resources[token].inputProperties)) {
        assert.equal(spec.willReplaceOnChanges === true, !inPlace.includes(name), `${token}.${name} willReplaceOnChanges`);
      }
    }
  });

  test('outputs repeat the inputs and always carry the required inputs', () => {
    for (const [token, r] of Object.entries(schema.resources)) {
      for (const name of Object.keys(r.inputProperties)) assert.deepEqual(r.properties[name], r.inputProperties[name], `${token}.${name}`);
      for (const name of r.requiredInputs) assert.ok(r.required.includes(name), `${token}: required output ${name}`);
    }
    assert.deepEqual(schema.resources[EKS].requiredInputs, ['clusterName', 'oidc']);
    assert.deepEqual(schema.resources[LMUS].requiredInputs, ['username', 'instanceId', 'identityProvider']);
    assert.ok(schema.resources[EKS].required.includes('arn'));
    assert.ok(schema.resources[LMUS].required.includes('instanceUserArn'));
    assert.deepEqual(schema.resources[REGISTRATION].requiredInputs, ['identityProvider', 'product']);
    assert.deepEqual(schema.resources[SUBSCRIPTION].requiredInputs, ['username', 'identityProvider', 'product']);
    // settings is optional and computed: AWS fills it in, so the output is always set.
    assert.ok(['identityProviderArn', 'status', 'settings'].every((name) => schema.resources[REGISTRATION].required.includes(name)));
    assert.ok(['productUserArn', 'status'].every((name) => schema.resources[SUBSCRIPTION].required.includes(name)));
  });

  test('each resource description documents import with a valid id', () => {
    assert.match(schema.resources[EKS].description, /## Import[\s\S]*pulumi import awsidentity:eks:IdentityProviderConfig \S+ [^:\s]+:[^:\s]+\n/);
    assert.match(schema.resources[LMUS].description, /## Import[\s\S]*pulumi import awsidentity:licensemanager:UserAssociation \S+ i-[0-9a-f]+:d-[0-9]+:\w+/);
    assert.match(schema.resources[REGISTRATION].description, /## Import[\s\S]*pulumi import awsidentity:licensemanager:IdentityProviderRegistration \S+ d-[0-9]+:[A-Z_]+\n/);
    assert.match(schema.resources[SUBSCRIPTION].description, /## Import[\s\S]*pulumi import awsidentity:licensemanager:ProductSubscription \S+ d-[0-9]+:[A-Z_]+:\w+/);
  });

  test('language sections name the nodejs and C# packages', () => {
    const { nodejs, csharp } = schema.language;
    assert.equal(nodejs.packageName, '@awsidentity/pulumi');
    assert.ok(nodejs.dependencies['@pulumi/pulumi']);
    assert.equal(`${csharp.rootNamespace}.${csharp.namespaces[schema.name]}`, 'AwsIdentity.Pulumi');
    assert.ok(csharp.packageReferences.Pulumi);
  });
});

describe('metaschema rules reject what Pulumi rejects', () => {
  const broken = (mutate) => {
    const copy = JSON.parse(text);
    mutate(copy);
    return validate(copy);
  };
  const cases = {
    'an unknown top-level key': (s) => { s.resource = {}; },
    'a token without a module': (s) => { s.resources['awsidentity:Widget'] = {}; },
    'a token of another package': (s) => { s.resources['aws:eks:Widget'] = {}; },
    'a type token starting with a digit': (s) => { s.types['awsidentity:eks:1Bad'] = { type: 'object' }; },
    'a version that is not semver': (s) => { s.version = '1.0'; },
    'an unknown property key': (s) => { s.resources[EKS].inputProperties.clusterName.forceNew = true; },
    'items on a string': (s) => { s.resources[EKS].inputProperties.clusterName.items = { type: 'string' }; },
    'an array without items': (s) => { s.types['awsidentity:licensemanager:DomainNetworkSettings'].properties.subnets = { type: 'array' }; },
    'an unknown primitive': (s) => { s.resources[EKS].inputProperties.clusterName.type = 'text'; },
    'a $ref that does not resolve': (s) => { s.resources[EKS].inputProperties.oidc.$ref = '#/types/awsidentity:eks:Missing'; },
    'a required input that is not declared': (s) => { s.resources[EKS].requiredInputs.push('region'); },
    'a non-boolean secret': (s) => { s.config.variables.accessKey.secret = 'yes'; },
    'an unknown nodejs language key': (s) => { s.language.nodejs.package = 'x'; },
    'an object type with an enum': (s) => { s.types['awsidentity:eks:OidcIdentityProviderConfig'].enum = []; },
  };
  for (const [name, mutate] of Object.entries(cases)) {
    test(name, () => assert.notDeepEqual(broken(mutate), [], `validator accepted ${name}`));
  }
  test('the token pattern accepts module paths as Pulumi does', () => {
    assert.match('aws:config/endpoints:endpoints', TOKEN);
    assert.doesNotMatch('aws::', TOKEN);
  });
});
