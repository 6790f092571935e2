'use strict';
// Shared by test/program.test.js and test/directory.test.js (each test file is a process of its own, so each sets
// these mocks once): Pulumi's mock runtime answering like the providers (inputs echoed, computed outputs made up),
// a record of every registration in order, and the policy pack run over that record as the analyzer would.
const { unknownCheckingProxy } = require('@pulumi/policy');

const REGISTRATION = 'awsidentity:licensemanager:IdentityProviderRegistration';
const SUBSCRIPTION = 'awsidentity:licensemanager:ProductSubscription';
const ASSOCIATION = 'awsidentity:licensemanager:UserAssociation';
const LMUS_ARN = 'arn:aws:license-manager-user-subscriptions';

const registered = [];
const mocks = {
  newResource(args) {
    registered.push(args);
    const state = { ...args.inputs };
    const tagsAll = args.inputs.tags;
    if (args.type === 'aws:eks/cluster:Cluster') state.name = `${args.name}-1234567`;
    if (args.type === 'aws:iam/role:Role') state.arn = `arn:aws:iam::123456789012:role/${args.name}`;
    if (args.type === 'awsidentity:eks:IdentityProviderConfig') Object.assign(state, { arn: 'arn:aws:eks:us-east-1:123456789012:identityproviderconfig/x', status: 'ACTIVE', tagsAll });
    if (args.type === REGISTRATION) {
      const directoryId = args.inputs.identityProvider.activeDirectoryIdentityProvider.directoryId;
      Object.assign(state, { identityProviderArn: `${LMUS_ARN}:us-east-1:123456789012:identity-provider/${directoryId}`, status: 'REGISTERED', ownerAccountId: '123456789012', tagsAll });
    }
    if (args.type === SUBSCRIPTION) Object.assign(state, { productUserArn: `${LMUS_ARN}:::product-user/${args.inputs.username}`, status: 'SUBSCRIBED', tagsAll });
    if (args.type === ASSOCIATION) Object.assign(state, { instanceUserArn: `${LMUS_ARN}:::instance-user/${args.inputs.username}`, status: 'ASSOCIATED', tagsAll });
    return { id: `${args.name}-id`, state };
  },
  call: () => ({}),
};

const valueOf = (output) => new Promise((resolve) => output.apply(resolve));

/** The violations the pack's resource and stack policies report on the registered resources. */
function policyViolations(resources, policies, stackPolicies) {
  const violations = [];
  const asPolicy = (r) => ({
    type: r.type, name: r.name, urn: `urn:pulumi:dev::example::${r.type}::${r.name}`, props: unknownCheckingProxy(r.inputs),
    opts: {}, dependencies: [], propertyDependencies: {}, isType: () => false, asType: () => undefined,
  });
  const report = (policy) => (message) => violations.push(`${policy.name}: ${message}`);
  for (const policy of policies) {
    for (const r of resources) policy.validateResource({ ...asPolicy(r), getConfig: () => ({}), notApplicable: () => undefined }, report(policy));
  }
  for (const policy of stackPolicies) {
    policy.validateStack({ resources: resources.map(asPolicy), stackTags: new Map(), getConfig: () => ({}) }, report(policy));
  }
  return violations;
}

module.exports = { registered, mocks, valueOf, policyViolations, REGISTRATION, SUBSCRIPTION, ASSOCIATION };
