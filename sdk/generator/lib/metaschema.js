'use strict';
// The rules of Pulumi's package metaschema (pulumi/pulumi pkg/codegen/schema/pulumi.json) that a provider schema
// can break, written out as a validator: allowed keys at each level, token and version formats, the five shapes
// a type spec may take, and references that must resolve. validate(schema) returns a list of problems.

const TOKEN = /^[a-zA-Z][-a-zA-Z0-9_]*:([^0-9][a-zA-Z0-9._/-]*)?:[^0-9][a-zA-Z0-9._/-]*$/;
const NAME = /^[a-zA-Z][-a-zA-Z0-9_]*$/;
const SEMVER = /^v?(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\+([0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?$/;
const PRIMITIVES = ['boolean', 'integer', 'number', 'string'];
const BUILTIN_REFS = ['pulumi.json#/Any', 'pulumi.json#/Archive', 'pulumi.json#/Asset'];

const PACKAGE_KEYS = ['name', 'displayName', 'version', 'description', 'keywords', 'homepage', 'license', 'attribution',
  'repository', 'logoUrl', 'pluginDownloadURL', 'configurationDocsUrl', 'validateCredentialsOnNew', 'publisher', 'namespace',
  'meta', 'config', 'types', 'dependencies', 'provider', 'resources', 'functions', 'language', 'parameterization',
  'allowedPackageNames'];
const TYPE_SPEC_KEYS = ['type', '$ref', 'items', 'additionalProperties', 'oneOf', 'discriminator', 'plain'];
// replaceOnChanges and willReplaceOnChanges are both property keys: the first makes SDKs force replacement through
// the replaceOnChanges resource option, the second only documents that the provider's Diff replaces.
const PROPERTY_KEYS = [...TYPE_SPEC_KEYS, 'description', 'const', 'default', 'defaultInfo', 'deprecationMessage', 'language',
  'secret', 'replaceOnChanges', 'willReplaceOnChanges'];
const OBJECT_TYPE_KEYS = ['description', 'properties', 'type', 'required', 'language', 'isOverlay', 'overlaySupportedLanguages'];
const COMPLEX_TYPE_KEYS = [...OBJECT_TYPE_KEYS, 'enum'];
const RESOURCE_KEYS = [...OBJECT_TYPE_KEYS, 'inputProperties', 'requiredInputs', 'stateInputs', 'listInputs', 'aliases',
  'deprecationMessage', 'isComponent', 'methods'];
const LANGUAGE_KEYS = {
  csharp: ['compatibility', 'namespaces', 'packageReferences', 'rootNamespace', 'respectSchemaVersion'],
  go: ['generateExtraInputTypes', 'generateResourceContainerTypes', 'importBasePath', 'respectSchemaVersion'],
  nodejs: ['packageName', 'packageDescription', 'readme', 'compatibility', 'dependencies', 'devDependencies',
    'disableUnionOutputTypes', 'typescriptVersion', 'respectSchemaVersion'],
  python: ['packageName', 'readme', 'compatibility', 'requires', 'respectSchemaVersion'],
  java: ['packages', 'basePackage', 'buildFiles', 'dependencies', 'gradleNexusPublishPluginVersion', 'gradleTest'],
};

function validate(schema) {
  const problems = [];
  const bad = (where, what) => problems.push(`${where}: ${what}`);
  const isObject = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);
  const onlyKeys = (where, obj, allowed) => {
    for (const k of Object.keys(obj)) if (!allowed.includes(k)) bad(where, `unknown key "${k}"`);
  };
  const stringList = (where, v) => {
    if (!Array.isArray(v) || v.some((x) => typeof x !== 'string')) bad(where, 'must be a list of strings');
  };

  function typeSpec(where, spec) {
    if (!isObject(spec)) return bad(where, 'a type spec must be an object');
    const has = (k) => k in spec;
    if (has('plain') && typeof spec.plain !== 'boolean') bad(where, '"plain" must be a boolean');
    if (has('$ref')) {
      if (has('items') || has('additionalProperties') || has('oneOf')) bad(where, 'a named type ($ref) takes no items, additionalProperties or oneOf');
      const ref = spec.$ref;
      if (typeof ref !== 'string') return bad(where, '$ref must be a string');
      if (BUILTIN_REFS.includes(ref)) return undefined;
      if (!ref.startsWith('#/types/')) return bad(where, `$ref "${ref}" is neither #/types/<token> nor a pulumi.json built-in`);
      const token = ref.slice('#/types/'.length);
      if (!schema.types?.[token]) bad(where, `$ref "${ref}" does not resolve`);
      return undefined;
    }
    if (has('oneOf')) {
      if (!Array.isArray(spec.oneOf) || spec.oneOf.length < 2) bad(where, 'oneOf needs at least two types');
      else spec.oneOf.forEach((s, i) => typeSpec(`${where}.oneOf[${i}]`, s));
      if (has('items') || has('additionalProperties')) bad(where, 'a union takes no items or additionalProperties');
      return undefined;
    }
    switch (spec.type) {
      case 'array':
        if (has('additionalProperties')) bad(where, 'an array takes no additionalProperties');
        if (!has('items')) return bad(where, 'an array needs items');
        return typeSpec(`${where}.items`, spec.items);
      case 'object':
        if (has('items')) bad(where, 'a map takes no items');
        if (has('additionalProperties')) typeSpec(`${where}.additionalProperties`, spec.additionalProperties);
        return undefined;
      default:
        if (!PRIMITIVES.includes(spec.type)) return bad(where, `type must be one of ${PRIMITIVES.join(', ')}, array or object; got ${JSON.stringify(spec.type)}`);
        if (has('items') || has('additionalProperties')) bad(where, `a ${spec.type} takes no items or additionalProperties`);
        return undefined;
    }
  }

  function property(where, spec) {
    if (!isObject(spec)) return bad(where, 'a property must be an object');
    onlyKeys(where, spec, PROPERTY_KEYS);
    typeSpec(where, spec);
    for (const k of ['secret', 'replaceOnChanges', 'willReplaceOnChanges']) if (k in spec && typeof spec[k] !== 'boolean') bad(where, `"${k}" must be a boolean`);
    for (const k of ['description', 'deprecationMessage']) if (k in spec && typeof spec[k] !== 'string') bad(where, `"${k}" must be a string`);
    for (const k of ['const', 'default']) if (k in spec && !['boolean', 'number', 'string'].includes(typeof spec[k])) bad(where, `"${k}" must be a boolean, number or string`);
    if ('defaultInfo' in spec) {
      if (!isObject(spec.defaultInfo) || !Array.isArray(spec.defaultInfo.environment)) bad(where, 'defaultInfo needs an environment list');
    }
    return undefined;
  }

  function properties(where, props) {
    if (!isObject(props)) return bad(where, 'must be a map of property specs');
    for (const [name, spec] of Object.entries(props)) property(`${where}.${name}`, spec);
    return undefined;
  }

  function requiredSubset(where, list, props) {
    if (list === undefined) return;
    stringList(where, list);
    for (const name of list ?? []) if (!props?.[name]) bad(where, `"${name}" is required but not declared`);
  }

  function resource(where, spec) {
    if (!isObject(spec)) return bad(where, 'a resource must be an object');
    onlyKeys(where, spec, RESOURCE_KEYS);
    if ('inputProperties' in spec) properties(`${where}.inputProperties`, spec.inputProperties);
    if ('properties' in spec) properties(`${where}.properties`, spec.properties);
    requiredSubset(`${where}.requiredInputs`, spec.requiredInputs, spec.inputProperties);
    requiredSubset(`${where}.required`, spec.required, spec.properties);
    if ('description' in spec && typeof spec.description !== 'string') bad(where, 'description must be a string');
    return undefined;
  }

  if (!isObject(schema)) return ['schema: must be a JSON object'];
  onlyKeys('schema', schema, PACKAGE_KEYS);
  if (typeof schema.name !== 'string' || !NAME.test(schema.name)) bad('name', `must match ${NAME}`);
  if ('version' in schema && (typeof schema.version !== 'string' || !SEMVER.test(schema.version))) bad('version', 'must be semver');
  if ('keywords' in schema) stringList('keywords', schema.keywords);
  for (const k of ['displayName', 'description', 'homepage', 'license', 'repository', 'publisher', 'logoUrl', 'pluginDownloadURL']) {
    if (k in schema && typeof schema[k] !== 'string') bad(k, 'must be a string');
  }
  if ('config' in schema) {
    onlyKeys('config', schema.config, ['variables', 'defaults']);
    if ('variables' in schema.config) properties('config.variables', schema.config.variables);
    // "defaults" binds to the required variables (schema.go ConfigSpec.Required), whatever its description says.
    requiredSubset('config.defaults', schema.config.defaults, schema.config.variables);
  }
  if ('provider' in schema) resource('provider', schema.provider);
  for (const [section, check] of [['resources', resource], ['types', complexType], ['functions', () => undefined]]) {
    if (!(section in schema)) continue;
    for (const [token, spec] of Object.entries(schema[section])) {
      if (!TOKEN.test(token)) bad(`${section}.${token}`, 'token must look like pkg:module:Name');
      else if (token.split(':')[0] !== schema.name) bad(`${section}.${token}`, `token must start with the package name "${schema.name}:"`);
      check(`${section}.${token}`, spec);
    }
  }
  if ('language' in schema) {
    for (const [lang, spec] of Object.entries(schema.language)) {
      if (LANGUAGE_KEYS[lang]) onlyKeys(`language.${lang}`, spec, LANGUAGE_KEYS[lang]);
    }
  }
  return problems;

  function complexType(where, spec) {
    if (!isObject(spec)) return bad(where, 'a type must be an object');
    onlyKeys(where, spec, COMPLEX_TYPE_KEYS);
    if (spec.type === 'object') {
      if ('enum' in spec) bad(where, 'an object type takes no enum');
      if ('properties' in spec) properties(`${where}.properties`, spec.properties);
      requiredSubset(`${where}.required`, spec.required, spec.properties);
    } else if (PRIMITIVES.includes(spec.type)) {
      if (!Array.isArray(spec.enum)) bad(where, 'an enum type needs an enum list');
    } else {
      bad(where, `type must be "object" or an enum's primitive type, got ${JSON.stringify(spec.type)}`);
    }
    return undefined;
  }
}

/** Every "$ref" in the document, with where it sits. */
function collectRefs(node, where = '', out = []) {
  if (Array.isArray(node)) node.forEach((x, i) => collectRefs(x, `${where}[${i}]`, out));
  else if (node && typeof node === 'object') {
    for (const [k, v] of Object.entries(node)) {
      if (k === '$ref' && typeof v === 'string') out.push({ where, ref: v });
      else collectRefs(v, where ? `${where}.${k}` : k, out);
    }
  }
  return out;
}

module.exports = { validate, collectRefs, TOKEN };
