using System.Text.Json.Nodes;
using AwsIdentity.Emulator.Tests.Infrastructure;

namespace AwsIdentity.Emulator.Tests;

/// <summary>The aws CLI (v1 on this machine) drives both services end to end.</summary>
public sealed class AwsCliTests
{
    private const string Idp = """{"ActiveDirectoryIdentityProvider":{"DirectoryId":"d-1234567890"}}""";

    [Fact]
    public async Task Aws_cli_runs_the_eks_and_lmus_workflows()
    {
        await using var emu = await TestEmulator.StartAsync(new EmulatorOptions { Transition = TimeSpan.FromMilliseconds(200) }, realClock: true);
        var endpoint = emu.Server.Endpoint.ToString().TrimEnd('/');

        async Task<JsonNode> Aws(params string[] args)
        {
            var result = await ProcessRunner.RunAsync("aws", ["--endpoint-url", endpoint, "--output", "json", .. args], ProcessRunner.AwsEnv());
            Assert.True(result.ExitCode == 0, $"aws {string.Join(' ', args)} failed ({result.ExitCode}): {result.Stderr}");
            return result.Stdout.Trim().Length == 0 ? new JsonObject() : JsonNode.Parse(result.Stdout)!;
        }

        async Task Poll(Func<Task<bool>> done)
        {
            for (var i = 0; i < 30 && !await done(); i++)
            {
                await Task.Delay(100, Timeouts.Token());
            }

            Assert.True(await done());
        }

        await Aws("eks", "create-cluster", "--name", "cli", "--role-arn", "arn:aws:iam::123456789012:role/eks",
            "--resources-vpc-config", "subnetIds=subnet-1,subnet-2");
        await Poll(async () => (string)(await Aws("eks", "describe-cluster", "--name", "cli"))["cluster"]!["status"]! == "ACTIVE");
        var update = await Aws("eks", "associate-identity-provider-config", "--cluster-name", "cli",
            "--oidc", "identityProviderConfigName=corp,issuerUrl=https://issuer.example.com,clientId=kube", "--tags", "env=dev");
        var id = (string)update["update"]!["id"]!;
        await Poll(async () => (string)(await Aws("eks", "describe-update", "--name", "cli", "--update-id", id))["update"]!["status"]! == "Successful");

        await Aws("license-manager-user-subscriptions", "register-identity-provider", "--identity-provider", Idp,
            "--product", "VISUAL_STUDIO_ENTERPRISE");
        await Aws("license-manager-user-subscriptions", "associate-user", "--username", "alice",
            "--instance-id", "i-0123456789abcdef0", "--identity-provider", Idp);
        await Poll(async () =>
        {
            var list = await Aws("license-manager-user-subscriptions", "list-user-associations",
                "--instance-id", "i-0123456789abcdef0", "--identity-provider", Idp);
            return (string?)list["InstanceUserSummaries"]?[0]?["Status"] == "ASSOCIATED";
        });
    }
}
