namespace AwsIdentity.Demo.Tests;

public sealed class PulumiVersionTests
{
    [Theory]
    [InlineData("v3.190.0\n", "3.190.0")]
    [InlineData("v3.87.0", "3.87.0")]
    [InlineData("v3.191.0-alpha.x1a2b3c\n", "3.191.0")]
    [InlineData("3.100.1+dirty", "3.100.1")]
    public void ParsesWhatPulumiVersionPrints(string output, string version) => Assert.Equal(Version.Parse(version), PulumiVersion.Parse(output));

    [Theory]
    [InlineData("v3.87.0")]
    [InlineData("v3.190.0")]
    [InlineData("v4.0.0")]
    public void TheMinimumAndNewerRunCliMode(string output) => Assert.Null(PulumiVersion.Refusal(output));

    [Theory]
    [InlineData("v3.86.0", "older than 3.87.0")]
    [InlineData("v3.46.0", "older than 3.87.0")]
    [InlineData("v2.25.2", "older than 3.87.0")]
    [InlineData("warning: something\n", "not a version")]
    [InlineData("", "not a version")]
    public void OlderOrUnreadableVersionsGetEngineMode(string output, string reason) =>
        Assert.Contains(reason, PulumiVersion.Refusal(output), StringComparison.Ordinal);
}
