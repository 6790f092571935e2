using System.Runtime.InteropServices;
using AwsIdentity.Provider.Host;

namespace AwsIdentity.Tests.Host;

/// <summary>The one decision between the front ends (Host/LaunchMode.cs): cookie, protocol versions, flags, name.</summary>
public sealed class LaunchModeTests
{
    private static Func<string, string?> Env(params (string Key, string Value)[] values) =>
        key => values.FirstOrDefault(v => v.Key == key).Value;

    private static readonly (string, string) Cookie = (LaunchMode.CookieKey, LaunchMode.CookieValue);

    [Theory]
    [InlineData("5,6")]
    [InlineData("6,5")]
    [InlineData("6")]
    public void Terraform_cookie_with_protocol_6_on_offer_is_terraform_mode(string offered)
    {
        var mode = LaunchMode.Decide([], Env(Cookie, (LaunchMode.ProtocolVersionsKey, offered), (LaunchMode.ClientCertKey, "PEM")), "pulumi-resource-awsidentity");
        Assert.Equal(LaunchKind.Terraform, mode.Kind);
        Assert.Equal("PEM", mode.ClientCertificatePem);
    }

    [Fact]
    public void Without_a_client_certificate_terraform_mode_has_none()
    {
        var mode = LaunchMode.Decide([], Env(Cookie, (LaunchMode.ProtocolVersionsKey, "5,6"), (LaunchMode.ClientCertKey, "")), "x");
        Assert.Equal(LaunchKind.Terraform, mode.Kind);
        Assert.Null(mode.ClientCertificatePem);
    }

    [Theory]
    [InlineData("5")]
    [InlineData("")]
    [InlineData("16")]
    public void Terraform_cookie_without_protocol_6_is_refused(string offered)
    {
        var mode = LaunchMode.Decide([], Env(Cookie, (LaunchMode.ProtocolVersionsKey, offered)), "terraform-provider-awsidentity");
        Assert.Equal(LaunchKind.NoProtocol6, mode.Kind);
        Assert.Equal(offered, mode.OfferedProtocols);
    }

    [Theory]
    [InlineData("/opt/bin/terraform-provider-awsidentity_v0.1.0", null)]
    [InlineData("terraform-provider-awsidentity", "not-the-cookie")]
    public void The_terraform_name_without_terraform_cookie_is_not_served(string programName, string? cookie)
    {
        var mode = LaunchMode.Decide([], cookie is null ? Env() : Env((LaunchMode.CookieKey, cookie)), programName);
        Assert.Equal(LaunchKind.NotStartedByTerraform, mode.Kind);
    }

    [Theory]
    [InlineData(new string[0], null)]
    [InlineData(new[] { "127.0.0.1:4000" }, null)]
    [InlineData(new[] { "--logtostderr", "-v=9", "127.0.0.1:4000" }, "not-the-cookie")]
    public void Anything_else_under_the_pulumi_name_is_pulumi_mode(string[] args, string? cookie)
    {
        var mode = LaunchMode.Decide(args, cookie is null ? Env() : Env((LaunchMode.CookieKey, cookie)), "/usr/bin/pulumi-resource-awsidentity");
        Assert.Equal(LaunchKind.Pulumi, mode.Kind);
    }

    [Theory]
    [InlineData("--help", LaunchKind.Help)]
    [InlineData("-h", LaunchKind.Help)]
    [InlineData("--version", LaunchKind.Version)]
    public void Help_and_version_win_over_everything(string flag, LaunchKind expected)
    {
        Assert.Equal(expected, LaunchMode.Decide([flag], Env(Cookie, (LaunchMode.ProtocolVersionsKey, "6")), "terraform-provider-awsidentity").Kind);
    }

    [Theory]
    [InlineData(Architecture.X64, false, "linux_amd64")]
    [InlineData(Architecture.Arm64, false, "linux_arm64")]
    [InlineData(Architecture.Arm64, true, "darwin_arm64")]
    public void Terraform_platform_names_follow_terraform(Architecture arch, bool mac, string expected)
    {
        Assert.Equal(expected, Usage.TerraformPlatform(mac ? OSPlatform.OSX : OSPlatform.Linux, arch));
    }
}
