'use strict';
// The C# emitter's package-level choices that the real Pulumi .NET SDK depends on (the compile itself and the mock
// tests run in `make test-csharp`): resource classes carry the package's own ResourceType attribute, which passes
// the version (Pulumi.ResourceTypeAttribute has no one-argument constructor: CS7036), the Pulumi reference range,
// the config class name, and pulumi-plugin.json packed where the .NET language host reads it.
const { describe, test } = require('node:test');
const assert = require('node:assert/strict');
const { buildModel } = require('../lib/model');
const { emitDotnet } = require('../lib/dotnet');
const schema = require('../../schema.json');

const files = emitDotnet(buildModel(schema));
const withPulumi = (range) => emitDotnet(buildModel({ ...schema, language: { ...schema.language, csharp: { ...schema.language.csharp, packageReferences: { Pulumi: range } } } }));

describe('dotnet SDK', () => {
  test('Utilities.cs derives the package attribute from Pulumi.ResourceTypeAttribute, passing the version', () => {
    assert.match(files['Utilities.cs'], /internal sealed class AwsIdentityResourceTypeAttribute : global::Pulumi\.ResourceTypeAttribute/);
    assert.match(files['Utilities.cs'], /public AwsIdentityResourceTypeAttribute\(string type\) : base\(type, Utilities\.Version\)/);
    assert.match(files['Utilities.cs'], new RegExp(`Version => "${schema.version}"`));
  });

  test('every resource class and the provider use it, none the one-argument Pulumi attribute', () => {
    const cs = Object.entries(files).filter(([f]) => f.endsWith('.cs'));
    assert.equal(cs.filter(([, text]) => text.includes('[global::AwsIdentity.Pulumi.AwsIdentityResourceType(')).length, Object.keys(schema.resources).length + 1);
    assert.deepEqual(cs.filter(([, text]) => text.includes('global::Pulumi.ResourceType(')).map(([f]) => f), []);
  });

  test('the package asks for the tested Pulumi release up to the next major', () => {
    assert.equal(schema.language.csharp.packageReferences.Pulumi, '3.*');
    assert.match(files['AwsIdentity.Pulumi.csproj'], /<PackageReference Include="Pulumi" Version="\[3\.112\.1,4\)" \/>/);
    assert.match(withPulumi('[3.120.0,4)')['AwsIdentity.Pulumi.csproj'], /Include="Pulumi" Version="\[3\.120\.0,4\)"/);
    assert.throws(() => withPulumi('4.*'), /tested with 3\.112\.1/);
  });

  test('the stack configuration class is ProviderConfig (Config would meet Pulumi.Config beside `using Pulumi;`)', () => {
    assert.match(files['Config/ProviderConfig.cs'], /public static class ProviderConfig\n/);
    assert.deepEqual(Object.values(files).filter((t) => /class Config\b/.test(t)), []);
  });

  test('pulumi-plugin.json is packed under content/, builds treat warnings as errors', () => {
    assert.deepEqual(JSON.parse(files['pulumi-plugin.json']), { resource: true, name: 'awsidentity', version: schema.version });
    assert.match(files['AwsIdentity.Pulumi.csproj'], /<None Include="pulumi-plugin.json" Pack="true" PackagePath="content" \/>/);
    assert.match(files['AwsIdentity.Pulumi.csproj'], /<TreatWarningsAsErrors>true<\/TreatWarningsAsErrors>/);
  });
});
