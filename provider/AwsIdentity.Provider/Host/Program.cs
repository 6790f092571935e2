using AwsIdentity.Provider.Terraform;

namespace AwsIdentity.Provider.Host;

/// <summary>
/// Entry point of the one binary with two front ends (pulumi-resource-awsidentity, terraform-provider-awsidentity):
/// <see cref="LaunchMode"/> decides who started it, then <see cref="PulumiHost"/> or <see cref="TerraformHost"/> serves.
/// Neither writes anything to stdout but its handshake line; --help and --version write their text and exit 0.
/// </summary>
public static class Program
{
    public static async Task<int> Main(string[] args)
    {
        // argv[0], not the resolved executable: a symlink or copy named terraform-provider-awsidentity is the terraform name.
        var programName = Environment.GetCommandLineArgs().FirstOrDefault() ?? Usage.PulumiName;
        var launch = LaunchMode.Decide(args, Environment.GetEnvironmentVariable, programName);
        var version = new ProviderInfo().Version;
        switch (launch.Kind)
        {
            case LaunchKind.Help:
                await WriteAsync(Console.Out, Usage.Help(version)).ConfigureAwait(false);
                return 0;
            case LaunchKind.Version:
                await WriteAsync(Console.Out, Usage.VersionLine(version)).ConfigureAwait(false);
                return 0;
            case LaunchKind.NotStartedByTerraform:
                await WriteAsync(Console.Error, Usage.NotStartedByTerraform(version)).ConfigureAwait(false);
                return 1;
            case LaunchKind.NoProtocol6:
                await WriteAsync(Console.Error, Usage.NoProtocol6(launch.OfferedProtocols)).ConfigureAwait(false);
                return 1;
            case LaunchKind.Terraform:
                return await TerraformHost.RunAsync(launch.ClientCertificatePem).ConfigureAwait(false);
            default:
                return await PulumiHost.RunAsync(HostArguments.Parse(args)).ConfigureAwait(false);
        }
    }

    private static async Task WriteAsync(TextWriter writer, string text)
    {
        await writer.WriteAsync(text).ConfigureAwait(false);
        await writer.FlushAsync().ConfigureAwait(false);
    }
}
