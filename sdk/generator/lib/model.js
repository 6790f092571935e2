'use strict';
// Reads a Pulumi package schema into the small model both emitters share: modules, resources and object types
// with their properties in schema order, each property marked input/output, required, secret.

/** Splits a token "pkg:module:Name" into its parts. */
function parseToken(token) {
  const [pkg, module, name] = token.split(':');
  return { pkg, module, name };
}

function properties(specs, required) {
  const req = new Set(required ?? []);
  return Object.entries(specs ?? {}).map(([name, spec]) => ({
    name,
    spec,
    description: spec.description ?? '',
    required: req.has(name),
    secret: spec.secret === true,
  }));
}

/** The token a property spec refers to, or undefined ("#/types/x:y:Z" → "x:y:Z"). */
function refToken(spec) {
  if (!spec.$ref) return undefined;
  const prefix = '#/types/';
  if (!spec.$ref.startsWith(prefix)) throw new Error(`unsupported $ref ${spec.$ref}: only local types are generated`);
  return spec.$ref.slice(prefix.length);
}

function buildModel(schema) {
  const resources = Object.entries(schema.resources ?? {}).map(([token, r]) => {
    const inputs = properties(r.inputProperties, r.requiredInputs);
    const outputs = properties(r.properties, r.required);
    const inputNames = new Set(inputs.map((p) => p.name));
    return {
      token,
      ...parseToken(token),
      description: r.description ?? '',
      inputs,
      outputs,
      outputOnly: outputs.filter((p) => !inputNames.has(p.name)),
      secretOutputs: outputs.filter((p) => p.secret).map((p) => p.name),
    };
  });
  const types = Object.entries(schema.types ?? {}).map(([token, t]) => {
    if (t.type !== 'object') throw new Error(`type ${token}: only object types are generated, got ${t.type}`);
    return { token, ...parseToken(token), description: t.description ?? '', properties: properties(t.properties, t.required) };
  });
  const modules = [...new Set([...resources.map((r) => r.module), ...types.map((t) => t.module)])].sort();
  const provider = {
    description: schema.provider?.description ?? '',
    inputs: properties(schema.provider?.inputProperties, schema.provider?.requiredInputs),
  };
  const config = properties(schema.config?.variables, schema.config?.defaults);
  return { schema, name: schema.name, version: schema.version, resources, types, modules, provider, config };
}

/** "identityProviderConfig" → "IdentityProviderConfig". */
const pascal = (s) => s.charAt(0).toUpperCase() + s.slice(1);
/** "IdentityProviderConfig" → "identityProviderConfig". */
const camel = (s) => s.charAt(0).toLowerCase() + s.slice(1);

module.exports = { buildModel, parseToken, refToken, pascal, camel };
