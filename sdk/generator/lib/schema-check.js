'use strict';
// Checks one resource declaration of an example against the package schema: the type token exists, every
// property name (nested ones included) is declared, and every required input is present.

const SECRET_SIG = '1b47061264138c4ac30d75fd1eb44270';
const SIG_KEY = '4dabf18193072939515e22adb298388d';

/** Returns problems for `inputs` (a plain object; values may be placeholders such as "${x}") of `token`. */
function checkResource(schema, token, inputs, where = token) {
  const resource = schema.resources[token];
  if (!resource) return [`${where}: unknown type token ${token}`];
  return checkObject(schema, resource.inputProperties, resource.requiredInputs ?? [], inputs ?? {}, where);
}

function checkObject(schema, props, required, value, where) {
  const problems = [];
  if (!value || typeof value !== 'object' || Array.isArray(value)) return problems; // an expression or unknown
  if (value[SIG_KEY] === SECRET_SIG) return checkObject(schema, props, required, value.value, where);
  for (const name of required) if (value[name] === undefined) problems.push(`${where}: required input "${name}" is missing`);
  for (const [name, v] of Object.entries(value)) {
    const spec = props[name];
    if (!spec) {
      problems.push(`${where}: "${name}" is not a property (known: ${Object.keys(props).join(', ')})`);
      continue;
    }
    problems.push(...checkValue(schema, spec, v, `${where}.${name}`));
  }
  return problems;
}

function checkValue(schema, spec, value, where) {
  if (value === undefined || value === null || typeof value !== 'object') return [];
  if (value[SIG_KEY] === SECRET_SIG) return checkValue(schema, spec, value.value, where);
  if (spec.$ref?.startsWith('#/types/')) {
    const type = schema.types[spec.$ref.slice('#/types/'.length)];
    return checkObject(schema, type.properties, type.required ?? [], value, where);
  }
  if (spec.type === 'array' && Array.isArray(value)) return value.flatMap((v, i) => checkValue(schema, spec.items, v, `${where}[${i}]`));
  if (spec.type === 'object' && !Array.isArray(value)) {
    const item = spec.additionalProperties ?? { type: 'string' };
    return Object.entries(value).flatMap(([k, v]) => checkValue(schema, item, v, `${where}.${k}`));
  }
  return [];
}

module.exports = { checkResource };
