'use strict';
// Valid inputs of both resources and of the provider; tests derive invalid ones from these.
const eksInputs = () => ({
  clusterName: 'demo-cluster',
  oidc: {
    identityProviderConfigName: 'corp-oidc',
    issuerUrl: 'https://issuer.example.com/realms/corp',
    clientId: 'kubernetes',
    usernameClaim: 'email',
    groupsClaim: 'groups',
    groupsPrefix: 'oidc:',
    requiredClaims: { hd: 'example.com' },
  },
  tags: { team: 'platform', env: 'dev' },
});

const lmusInputs = () => ({
  username: 'alice',
  instanceId: 'i-0123456789abcdef0',
  identityProvider: {
    activeDirectoryIdentityProvider: {
      directoryId: 'd-1234567890',
      activeDirectoryType: 'AWS_MANAGED',
    },
  },
  domain: 'corp.example.com',
  tags: { team: 'desktop' },
});

const providerConfig = () => ({
  region: 'us-east-1',
  endpoints: { eks: 'http://127.0.0.1:4566', licenseManagerUserSubscriptions: 'http://127.0.0.1:4566' },
  maxRetries: 3,
  defaultTags: { tags: { owner: 'conformance' } },
  skipCredentialsValidation: true,
});

module.exports = { eksInputs, lmusInputs, providerConfig };
