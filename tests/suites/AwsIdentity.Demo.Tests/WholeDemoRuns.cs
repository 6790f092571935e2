namespace AwsIdentity.Demo.Tests;

/// <summary>The test classes that run a whole demo flow (BothModesRunTests.cs, TerraformFlowTests.cs): xunit runs
/// one collection's tests one after another, and each flow ends by killing every process ProcessGuard tracks.</summary>
[CollectionDefinition(Name)]
public sealed class WholeDemoRuns
{
    public const string Name = "whole demo runs";
}
