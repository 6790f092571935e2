'use strict';
// Property values as the engine encodes them in google.protobuf.Struct (ARCHITECTURE.md "Values"), plus request
// builders over Pulumi's generated message classes.
const { Struct } = require('google-protobuf/google/protobuf/struct_pb.js');
const { Empty } = require('google-protobuf/google/protobuf/empty_pb.js');
const providerPb = require('@pulumi/pulumi/proto/provider_pb.js');
const pluginPb = require('@pulumi/pulumi/proto/plugin_pb.js');

const UNKNOWN = '04da6b54-80e4-46f7-96ec-b56ff0331ba9';
const SIG = '4dabf18193072939515e22adb298388d';
const SECRET_SIG = '1b47061264138c4ac30d75fd1eb44270';

const EKS = 'awsidentity:eks:IdentityProviderConfig';
const LMUS = 'awsidentity:licensemanager:UserAssociation';

const secret = (value) => ({ [SIG]: SECRET_SIG, value });
const isSecret = (v) => v !== null && typeof v === 'object' && v[SIG] === SECRET_SIG;
const urnOf = (type, name) => `urn:pulumi:dev::conformance::${type}::${name}`;

const toStruct = (obj) => Struct.fromJavaScript(obj);
const fromStruct = (struct) => (struct ? struct.toJavaScript() : undefined);

function checkRequest(type, news, { olds = {}, name = 'res' } = {}) {
  const r = new providerPb.CheckRequest();
  r.setUrn(urnOf(type, name));
  r.setName(name);
  r.setType(type);
  r.setOlds(toStruct(olds));
  r.setNews(toStruct(news));
  r.setRandomseed(new Uint8Array(32).fill(7));
  return r;
}

function diffRequest(type, olds, news, { id = 'res-id', oldInputs = olds, ignoreChanges = [], name = 'res' } = {}) {
  const r = new providerPb.DiffRequest();
  r.setId(id);
  r.setUrn(urnOf(type, name));
  r.setName(name);
  r.setType(type);
  r.setOlds(toStruct(olds));
  r.setOldInputs(toStruct(oldInputs));
  r.setNews(toStruct(news));
  r.setIgnorechangesList(ignoreChanges);
  return r;
}

function createRequest(type, properties, { preview = true, name = 'res', timeout = 0 } = {}) {
  const r = new providerPb.CreateRequest();
  r.setUrn(urnOf(type, name));
  r.setName(name);
  r.setType(type);
  r.setProperties(toStruct(properties));
  r.setPreview(preview);
  r.setTimeout(timeout);
  return r;
}

function configureRequest(args) {
  const r = new providerPb.ConfigureRequest();
  r.setArgs(toStruct(args));
  r.setAcceptsecrets(true);
  r.setAcceptresources(true);
  r.setSendsOldInputs(true);
  r.setSendsOldInputsToDelete(true);
  return r;
}

function handshakeRequest(engineAddress) {
  const r = new providerPb.ProviderHandshakeRequest();
  r.setEngineAddress(engineAddress);
  r.setRootDirectory(process.cwd());
  r.setProgramDirectory(process.cwd());
  r.setSupportsViews(true);
  r.setInvokeWithPreview(true);
  return r;
}

function attachRequest(address) {
  const r = new pluginPb.PluginAttach();
  r.setAddress(address);
  return r;
}

/** Failures of a CheckResponse as a { property: reason } object. */
// Check failures by the path they concern: `property` is the top-level input (the engine prints inputs[property],
// pkg/resource/deploy/step_generator.go issueCheckFailures), a nested path leads the reason ("oidc.issuerUrl: ...").
const pathOf = (f) => {
  const property = f.getProperty();
  const reason = f.getReason();
  const end = reason.indexOf(': ');
  return reason.startsWith(property) && '.['.includes(reason[property.length] ?? 'x') && end > 0 ? reason.slice(0, end) : property;
};
const failuresOf = (response) =>
  Object.fromEntries(response.getFailuresList().map((f) => [pathOf(f), f.getReason()]));
const topLevelFailuresOf = (response) => response.getFailuresList().map((f) => f.getProperty());

module.exports = {
  UNKNOWN, SIG, SECRET_SIG, EKS, LMUS, secret, isSecret, urnOf, toStruct, fromStruct, failuresOf,
  topLevelFailuresOf, checkRequest, diffRequest, createRequest, configureRequest, handshakeRequest, attachRequest,
  Empty, providerPb, pluginPb,
};
