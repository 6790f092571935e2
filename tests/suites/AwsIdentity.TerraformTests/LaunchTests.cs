using AwsIdentity.Harness;
using AwsIdentity.Provider.Host;

namespace AwsIdentity.TerraformTests;

/// <summary>
/// Who the binary serves, from how it was started (Host/LaunchMode.cs): --help and --version for people, go-plugin's
/// message under the terraform name without terraform's cookie, a clear refusal when terraform offers no protocol 6.
/// The Pulumi side (no cookie, engine address or none) is AwsIdentity.ProtocolTests' StartupTests.
/// </summary>
public sealed class LaunchTests
{
    private static string TerraformBinary() =>
        Path.Combine(Path.GetDirectoryName(RepoPaths.ProviderBinary())!, LaunchMode.TerraformName);

    [Theory]
    [InlineData("--version")]
    [InlineData("--help")]
    public async Task Help_and_version_say_what_it_is_and_exit_0(string flag)
    {
        foreach (var binary in new[] { RepoPaths.ProviderBinary(), TerraformBinary() })
        {
            var (code, stdout, stderr) = await RunAsync(binary, new Dictionary<string, string?>(), flag);
            Assert.Equal(0, code);
            Assert.Equal("", stderr);
            Assert.StartsWith("awsidentity 0.", stdout, StringComparison.Ordinal);
            Assert.Contains("pulumi-resource-awsidentity", stdout, StringComparison.Ordinal);
            Assert.Contains("terraform-provider-awsidentity", stdout, StringComparison.Ordinal);
            if (flag == "--version") continue;
            Assert.Contains("pulumi plugin install resource awsidentity", stdout, StringComparison.Ordinal);
            Assert.Contains($"~/.terraform.d/plugins/registry.terraform.io/awsidentity/awsidentity/", stdout, StringComparison.Ordinal);
            Assert.Contains("dev_overrides", stdout, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Run_by_hand_under_the_terraform_name_it_says_it_is_a_plugin()
    {
        var (code, stdout, stderr) = await RunAsync(TerraformBinary(), new Dictionary<string, string?> { [LaunchMode.CookieKey] = null });
        Assert.Equal(1, code);
        Assert.Equal("", stdout);
        Assert.StartsWith("This binary is a plugin. These are not meant to be executed directly.\n", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Terraform_offering_no_protocol_6_is_refused_with_a_message()
    {
        var environment = TerraformPluginProcess.Environment(client: null);
        environment[LaunchMode.ProtocolVersionsKey] = "5";
        var (code, stdout, stderr) = await RunAsync(TerraformBinary(), environment);
        Assert.Equal(1, code);
        Assert.Equal("", stdout);
        Assert.Contains("only protocol 6", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void The_terraform_binary_is_the_same_binary()
    {
        Assert.Equal(File.ReadAllBytes(RepoPaths.ProviderBinary()), File.ReadAllBytes(TerraformBinary()));
    }

    private static async Task<(int Code, string Stdout, string Stderr)> RunAsync(string binary, IReadOnlyDictionary<string, string?> environment, params string[] args)
    {
        var result = await Command.RunAsync(binary, environment, args);
        return (result.Code, result.Stdout, result.Stderr);
    }
}
